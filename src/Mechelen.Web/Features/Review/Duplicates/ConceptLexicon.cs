using Mechelen.Web.Search;

namespace Mechelen.Web.Features.Review.Duplicates;

/// <summary>
/// A small multilingual lexicon of the field's concepts: each concept names itself in English, French and Spanish and
/// lists the word stems (diacritics folded, lower case) that express it in any of the three. A text's concepts are those
/// with a term whose words begin, in order, with the term's stems; "logement", "vivienda" and "housing" all give
/// <c>housing</c>. Written by hand from the vocabulary of the GCM, the New Urban Agenda and city practice; nothing is
/// downloaded or learned at run time.
/// </summary>
public static class ConceptLexicon
{
    public sealed record Concept(string Id, string En, string Fr, string Es, IReadOnlyList<string> Terms)
    {
        public string NameIn(string language) => language switch
        {
            "fr" => Fr,
            "es" => Es,
            _ => En,
        };
    }

    public static readonly IReadOnlyList<Concept> All =
    [
        new("housing", "housing", "logement", "vivienda", ["hous", "logement", "loger", "vivienda", "alojamiento", "rent", "loyer", "alquiler", "tenant", "locataire", "inquilin", "landlord", "bailleur", "arrendador", "homeless", "sans abri", "sin hogar", "social housing", "hlm"]),
        new("reception", "reception and welcome", "accueil", "acogida", ["recept", "welcom", "accueil", "accueill", "acogida", "acoger", "acogimiento", "bienvenid", "newcomer", "nouveaux arrivant", "primo arrivant", "recien llegad", "newly arrived", "arrival", "arrivee", "llegada"]),
        new("one-stop", "one-stop desk", "guichet unique", "ventanilla única", ["desk", "guichet", "ventanill", "one stop", "single window", "point unique", "punto unico", "front office", "service point"]),
        new("language", "language learning", "apprentissage de la langue", "aprendizaje del idioma", ["langu", "langue", "lengua", "idioma", "linguist", "lingui", "bilingu"]),
        new("courses", "courses and training", "cours et formation", "cursos y formación", ["course", "cours", "curso", "classes", "clase", "lesson", "lecon", "training", "formation", "capacitacion", "tuition", "taught", "teach", "ensenanza", "enseign"]),
        new("school", "schools and education", "école et éducation", "escuela y educación", ["school", "ecole", "escuel", "educat", "education", "educacion", "educativ", "scolar", "escolar", "pupil", "eleve", "alumn", "teacher", "enseignant", "docente", "profesor", "kindergarten", "creche", "guarderia", "university", "universit"]),
        new("children", "children and young people", "enfants et jeunes", "niños y jóvenes", ["child", "enfant", "nino", "ninos", "nina", "ninas", "infan", "minor=", "minors", "mineur", "menor", "youth", "young people", "jeunes", "joven", "jovenes", "adolescen"]),
        new("unaccompanied", "unaccompanied minors", "mineurs non accompagnés", "menores no acompañados", ["unaccompan", "non accompagn", "no acompanad", "sin acompan", "separated child", "enfants separ", "ninos separ", "guardian", "tuteur", "tutor", "tutelle", "tutela"]),
        new("health", "health care", "santé", "salud", ["health", "sante", "salud", "sanitar", "medical", "medic", "hospital", "hopital", "clinic", "clinique", "clinica", "doctor", "medecin", "nurse", "infirmi", "enfermer", "healthcare"]),
        new("mental-health", "mental health and trauma", "santé mentale et traumatisme", "salud mental y trauma", ["mental", "psycho", "psico", "trauma", "psychiatr", "psiquiatr", "counselling", "wellbeing", "bien etre", "bienestar"]),
        new("employment", "work and employment", "travail et emploi", "trabajo y empleo", ["employ", "emploi", "empleo", "job", "jobs", "labour", "labor", "travail", "travaill", "trabaj", "laboral", "worker", "workers", "workforce", "recruit", "recrut", "contrat", "contrata", "hiring", "embauch", "vacanc", "poste"]),
        new("recognition", "recognition of qualifications", "reconnaissance des qualifications", "reconocimiento de cualificaciones", ["recogni", "reconnai", "reconoc", "homolog", "equivalen", "accredit", "accredit", "acredit", "validation des acquis", "validacion de competencias"]),
        new("qualifications", "skills and qualifications", "compétences et diplômes", "competencias y títulos", ["qualif", "cualific", "diplom", "degree", "credential", "titulo", "titre", "skill", "competenc", "competence", "habilidad", "savoir faire", "professional experience", "experience professionnel", "experiencia profesional"]),
        new("entrepreneurship", "entrepreneurship and business", "entrepreneuriat", "emprendimiento", ["entrepreneur", "entrepren", "emprend", "business", "entreprise", "empresa", "start up", "startup", "microcredit", "microcredito", "self employ", "autoemple", "travailleur independant", "trabajador autonomo", "small firm", "pme", "pyme"]),
        new("funding", "funding and budgets", "financement et budgets", "financiación y presupuestos", ["funding", "funds", "funded", "financ", "budget", "presupuest", "fonds", "fondos", "grant", "subvencion", "subvention", "resourc", "ressourc", "recursos", "money", "argent", "dinero", "fiscal", "tax", "taxes", "impot", "impuest"]),
        new("data", "data and evidence", "données et preuves", "datos y evidencia", ["data", "donnee", "datos", "statist", "estadist", "evidenc", "preuve", "survey", "enquete", "encuesta", "disaggreg", "desagreg", "ventil", "indicator", "indicateur", "indicador", "monitor", "suivi", "seguimiento", "census", "recensement", "censo"]),
        new("participation", "participation and consultation", "participation et consultation", "participación y consulta", ["particip", "consult", "advisory", "consultati", "council", "conseil consultatif", "consejo consultivo", "consejo asesor", "co design", "codesign", "co creat", "have a say", "voice", "faire entendre", "voz"]),
        new("vote", "voting rights", "droit de vote", "derecho de voto", ["vote", "voting", "voto", "votar", "voter", "elector", "electoral", "ballot", "scrutin", "suffrage", "sufragio"]),
        new("discrimination", "discrimination and racism", "discrimination et racisme", "discriminación y racismo", ["discrimin", "racis", "xenophob", "xenofob", "hate", "haine", "odio", "prejud", "prejug", "prejuic", "stereotyp", "estereotip", "intoler", "bias", "equal treatment", "egalite de traitement", "igualdad de trato"]),
        new("legal-aid", "legal aid and justice", "aide juridique et justice", "asistencia jurídica y justicia", ["lawyer", "avocat", "abogad", "juridi", "jurid", "legal aid", "legal advice", "legal assistance", "court", "tribunal", "justice", "justicia", "judicial", "judiciaire", "complaint", "plainte", "denunc", "remedy", "recours"]),
        new("firewall", "services regardless of status", "services quel que soit le statut", "servicios sin importar el estatus", ["regardless", "irrespective", "independientemente", "quel que soit", "quelle que soit", "sin importar", "firewall", "pare feu", "cortafuego", "without fear", "sans crainte", "sin miedo", "immigration enforcement", "report to immigration", "signaler aux autorites"]),
        new("irregular", "migrants in an irregular situation", "migrants en situation irrégulière", "migrantes en situación irregular", ["undocument", "sans papier", "indocumentad", "irregular", "irreguli", "without papers", "sin papeles"]),
        new("regularisation", "regularisation", "régularisation", "regularización", ["regulari", "amnest", "amnisti", "arraigo"]),
        new("pathways", "regular pathways and visas", "voies régulières et visas", "vías regulares y visados", ["visa", "visado", "permits", "work permit", "residence permit", "permis", "permiso", "pathway", "voies legal", "voies regul", "vias legal", "vias regular", "resettle", "reinstall", "reasent", "corridor", "couloir", "corredor", "sponsorship", "parrainage privé", "patrocinio"]),
        new("family", "families and family reunification", "familles et regroupement familial", "familias y reagrupación familiar", ["famil", "reunif", "regroupement", "reagrup", "parent", "padres", "spouse", "conjoint", "conyuge"]),
        new("women", "women and gender", "femmes et genre", "mujeres y género", ["women", "woman", "femme", "mujer", "gender", "genre", "genero", "girl", "fille", "mother", "madre", "matern"]),
        new("violence", "violence and abuse", "violence et abus", "violencia y abuso", ["violen", "abuse", "abus", "harass", "harcel", "acoso", "assault", "agression", "agresion"]),
        new("trafficking", "trafficking in persons", "traite des personnes", "trata de personas", ["traffick", "traite des", "traite d etre", "trata de", "victim", "victime", "victima", "exploit", "explot", "slave", "esclav", "forced labour", "travail force", "trabajo forzoso", "servitud", "servitude"]),
        new("smuggling", "smuggling of migrants", "trafic de migrants", "tráfico ilícito de migrantes", ["smuggl", "passeur", "trafic de migrant", "trafico de migrant", "trafico ilicito", "coyote"]),
        new("detention", "immigration detention", "rétention administrative", "detención migratoria", ["detention", "detencion", "detain", "detenid", "retention", "internamiento", "cie", "alternatives to detention", "alternatives a la retention", "alternativas a la detencion"]),
        new("return", "return and reintegration", "retour et réintégration", "retorno y reintegración", ["return", "retour", "retorno", "reintegr", "reinser", "readmis", "deportat", "deportac", "expuls", "removal", "eloignement"]),
        new("climate", "climate and disasters", "climat et catastrophes", "clima y desastres", ["clima", "disaster", "catastroph", "catastrof", "desastre", "environment", "environnement", "ambiental", "medioambient", "flood", "inondation", "inundacion", "drought", "secheresse", "sequia", "sea level"]),
        new("diaspora", "diaspora and remittances", "diaspora et transferts de fonds", "diáspora y remesas", ["diaspor", "remittanc", "remesa", "envois de fonds", "transferts de fonds", "transfert d argent", "hometown", "origin communit", "communautes d origine", "comunidades de origen"]),
        new("coordination", "coordination between levels of government", "coordination entre niveaux de gouvernement", "coordinación entre niveles de gobierno", ["coordinat", "coordina", "multi level", "multilevel", "multiniveau", "multinivel", "central government", "gouvernement central", "gobierno central", "national government", "gouvernement national", "gobierno nacional", "vertical", "policy coherence", "coherence des politiques", "coherencia"]),
        new("networks", "city networks and partnerships", "réseaux de villes et partenariats", "redes de ciudades y alianzas", ["network", "reseau", "redes", "partnership", "partenariat", "alianza", "alliance", "twinning", "jumelage", "hermanamiento", "peer learning", "apprentissage entre pairs", "aprendizaje entre pares", "good practice", "bonnes pratiques", "buenas practicas", "exchange", "echange", "intercambi"]),
        new("cohesion", "social cohesion and living together", "cohésion sociale et vivre ensemble", "cohesión social y convivencia", ["cohesion", "coexist", "vivre ensemble", "convivenc", "intercultur", "neighbour", "neighbor", "quartier", "barrio", "vecin", "voisin", "community centre", "centre social", "centro comunitario", "sport", "deportes", "deportiv", "cultural event", "festival"]),
        new("narrative", "public narrative and awareness", "discours public et sensibilisation", "discurso público y sensibilización", ["narrative", "narrati", "recit", "discours", "discurso", "campaign", "campagne", "campana", "awareness", "sensibilis", "sensibiliz", "perception", "percepcion", "news media", "social media", "medias", "press", "presse", "prensa", "medios de comunicacion", "journalis", "periodis", "myth", "mythe", "mito", "misinformation", "desinformacion", "rumeur", "rumor"]),
        new("mentoring", "volunteers and mentoring", "bénévoles et parrainage", "voluntariado y mentoría", ["volunt", "benevol", "mentor", "buddy", "parrain", "padrin", "tutorat", "befriend"]),
        new("information", "information and guidance", "information et orientation", "información y orientación", ["inform", "guidance", "orientation", "orientacion", "orient", "advice", "conseils", "asesoramiento", "asesor", "helpline", "hotline", "leaflet", "brochure"]),
        new("digital", "digital tools", "outils numériques", "herramientas digitales", ["digital", "numeri", "online", "en ligne", "en linea", "app", "apps", "application mobile", "aplicacion", "platform", "plateforme", "plataforma", "portal", "portail", "website", "site web", "sitio web", "internet"]),
        new("registration", "registration and identity documents", "enregistrement et papiers d'identité", "registro y documentos de identidad", ["registr", "enregistr", "empadron", "padron", "inscri", "identity card", "id card", "carte d identite", "documento de identidad", "identification", "identificacion", "municipal id", "carte municipale", "tarjeta municipal", "residence card", "titre de sejour", "tarjeta de residencia"]),
        new("asylum", "asylum and refugees", "asile et réfugiés", "asilo y refugiados", ["asylum", "asile", "asilo", "refug", "protection international", "international protection", "proteccion internacional"]),
        new("social-protection", "social protection and benefits", "protection sociale et prestations", "protección social y prestaciones", ["benefit", "prestation", "prestacion", "pension", "social security", "securite sociale", "seguridad social", "portab", "welfare", "aide sociale", "ayuda social", "allowance", "allocation", "subsidio", "minimum income", "revenu minimum", "ingreso minimo"]),
        new("labour-rights", "decent work and labour rights", "travail décent et droits des travailleurs", "trabajo decente y derechos laborales", ["decent", "decente", "digne", "wage", "salair", "salario", "salarial", "labour inspect", "inspection du travail", "inspeccion de trabajo", "inspecc", "labour right", "droits des travailleurs", "derechos laborales", "trade union", "syndicat", "sindicat", "working condition", "conditions de travail", "condiciones laborales"]),
        new("seasonal", "seasonal and temporary work", "travail saisonnier et temporaire", "trabajo temporal y de temporada", ["seasonal", "saisonn", "temporer", "temporada", "circular migration", "migration circulaire", "migracion circular", "temporary work", "travail temporaire", "trabajo temporal"]),
        new("interpreting", "interpreting and cultural mediation", "interprétariat et médiation interculturelle", "interpretación y mediación intercultural", ["interpret", "traduc", "translat", "mediator", "mediateur", "mediatrice", "mediador", "mediadora", "cultural mediat", "mediation interculturel", "mediacion intercultural"]),
        new("banking", "bank accounts and financial inclusion", "comptes bancaires et inclusion financière", "cuentas bancarias e inclusión financiera", ["bank", "banque", "bancari", "banca", "banco", "bank account", "compte bancaire", "cuenta bancaria", "financial inclusion", "inclusion financiere", "inclusion financiera"]),
        new("urban-planning", "urban planning and segregation", "urbanisme et ségrégation", "urbanismo y segregación", ["urban planning", "urbanis", "urbaniz", "planning", "planific", "segregat", "segregac", "segreg", "informal settlement", "bidonville", "asentamiento informal", "slum", "public space", "espace public", "espacio publico"]),
        new("transport", "public transport and mobility", "transports publics et mobilité", "transporte público y movilidad", ["transport", "mobilit", "movilidad", "bus", "subway", "commut", "trajet", "desplazamiento"]),
        new("human-rights", "human rights", "droits humains", "derechos humanos", ["human right", "droits de l homme", "droits humains", "derechos humanos", "dignity", "dignite", "dignidad"]),
        new("police", "police and safety", "police et sécurité", "policía y seguridad", ["police", "policia", "policier", "law enforcement", "forces de l ordre", "fuerzas de seguridad", "safety", "securite", "seguridad ciudadana", "profiling", "controle au facies", "perfil etnico", "perfilamiento"]),
        new("local-authorities", "local and regional governments", "collectivités locales et régionales", "gobiernos locales y regionales", ["municipal", "municipalit", "municipio", "maire", "alcald", "city hall", "mairie", "ayuntamiento", "local government", "local authorit", "collectivite", "gobierno local", "gobiernos locales", "autoridades locales", "regional government", "region"]),
        new("global-compact", "global compact and international frameworks", "pacte mondial et cadres internationaux", "pacto mundial y marcos internacionales", ["compact", "pacte", "pacto", "new urban agenda", "nouvel agenda urbain", "nueva agenda urbana", "sdg", "odd", "ods", "agenda 2030", "stocktaking", "intergovernmental", "intergouvernemental", "intergubernamental", "united nation", "nations unies", "naciones unidas"]),
    ];

    private static readonly (string[] Words, int Concept)[] Terms =
        All.SelectMany((c, i) => c.Terms.Select(t => (SearchTerms.Fold(t).Split(' ', StringSplitOptions.RemoveEmptyEntries), i))).ToArray();

    // Terms by their first word's first three letters, so a text's words are checked only against terms that could match.
    private static readonly ILookup<string, (string[] Words, int Concept)> ByPrefix = Terms.ToLookup(t => Key(t.Words[0]));

    private static string Key(string word) => word.Length >= 3 ? word[..3] : word;

    /// <summary>The indexes (into <see cref="All"/>) of the concepts a text expresses.</summary>
    public static HashSet<int> ConceptsOf(string text)
    {
        var words = Tokens(text);
        var found = new HashSet<int>();
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var (termWords, concept) in ByPrefix[Key(words[i])])
            {
                if (!found.Contains(concept) && Matches(words, i, termWords))
                {
                    found.Add(concept);
                }
            }
        }

        return found;
    }

    /// <summary>Folded words of a text (letters and digits), apostrophes and hyphens splitting words as spaces do.</summary>
    public static List<string> Tokens(string text)
    {
        var folded = SearchTerms.Fold(text);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var letter = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }

        return words;
    }

    // A one-word term of three letters or less must be the whole word ("app", "bus"), as must a stem marked with a final
    // "=" ("minor=", not "minority"); other stems match the start of a word.
    private static bool Matches(List<string> words, int at, string[] term)
    {
        if (at + term.Length > words.Count)
        {
            return false;
        }

        for (var j = 0; j < term.Length; j++)
        {
            var word = words[at + j];
            var stem = term[j];
            if (stem.EndsWith('='))
            {
                if (word != stem[..^1])
                {
                    return false;
                }

                continue;
            }

            var whole = stem.Length <= 3 || (term.Length > 1 && j < term.Length - 1 && stem.Length <= 4);
            if (whole ? word != stem : !word.StartsWith(stem, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
