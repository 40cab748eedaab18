namespace Mechelen.Pdf;

/// <summary>Thrown when no usable font is installed; the message names the families and folders searched.</summary>
public sealed class FontException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FontException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What was searched and how to fix it.</param>
    public FontException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What was searched and how to fix it.</param>
    /// <param name="innerException">The cause.</param>
    public FontException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
