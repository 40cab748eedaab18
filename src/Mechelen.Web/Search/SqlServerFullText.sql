-- Full-text search for Mechelen on SQL Server, used when Database:SqlServerFullText is true.
-- Run it once after the schema script (sqlcmd -i, SSMS, Azure Data Studio); running it again changes
-- nothing. Full-text DDL cannot run inside a user transaction: run the script as it is.
--
-- The catalogue ignores accents, so a word typed without its accents still finds it. The columns use
-- the neutral language (0) because recommendations are written in English, French and Spanish, and
-- no stoplist, so every word is indexed: a query word on a stoplist would otherwise match nothing.

IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = N'MechelenCatalog')
    CREATE FULLTEXT CATALOG MechelenCatalog WITH ACCENT_SENSITIVITY = OFF;
GO

IF NOT EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'dbo.Recommendations'))
    CREATE FULLTEXT INDEX ON dbo.Recommendations ([Text] LANGUAGE 0, [Rationale] LANGUAGE 0)
        KEY INDEX PK_Recommendations ON MechelenCatalog
        WITH CHANGE_TRACKING = AUTO, STOPLIST = OFF;
GO

-- Officers' translations of recommendations are searched too: a recommendation is found by their words.
IF OBJECT_ID(N'dbo.RecommendationTranslations') IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'dbo.RecommendationTranslations'))
    CREATE FULLTEXT INDEX ON dbo.RecommendationTranslations ([Text] LANGUAGE 0, [Rationale] LANGUAGE 0)
        KEY INDEX PK_RecommendationTranslations ON MechelenCatalog
        WITH CHANGE_TRACKING = AUTO, STOPLIST = OFF;
GO
