namespace Mechelen.Web.Infrastructure;

/// <summary>A configuration or data problem that stops the app at startup, with a message meant for the operator.</summary>
public sealed class StartupException : Exception
{
    public StartupException(string message) : base(message) { }

    public StartupException(string message, Exception innerException) : base(message, innerException) { }

    public StartupException() { }
}
