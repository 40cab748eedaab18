namespace Mechelen.Pdf;

/// <summary>Thrown when an element cannot be placed even on an empty page; the message names the element and the space it needed.</summary>
public sealed class LayoutException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LayoutException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The element and the space it needed.</param>
    public LayoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The element and the space it needed.</param>
    /// <param name="innerException">The cause.</param>
    public LayoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
