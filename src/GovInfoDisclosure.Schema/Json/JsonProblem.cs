using GovInfoDisclosure.Schema.Diagnostics;

namespace GovInfoDisclosure.Schema.Json;

/// <summary>Why a JSON text is not a well-formed report document, and where.</summary>
/// <remarks>Equality is value equality over all members.</remarks>
public sealed record JsonProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="code">The stable code, one of <see cref="JsonProblemCodes"/>.</param>
    /// <param name="pointer">The JSON Pointer (RFC 6901) of the offending value or property; <c>""</c> is the whole document.</param>
    /// <param name="message">What is wrong, in Chinese and English.</param>
    /// <param name="line">The 1-based line of the text where the problem was found, when known.</param>
    /// <param name="bytePositionInLine">The 0-based byte offset within that line, when known.</param>
    public JsonProblem(string code, string pointer, BilingualText message, long? line = null, long? bytePositionInLine = null)
    {
        Code = code;
        Pointer = pointer;
        Message = message;
        Line = line;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>The stable code of the problem, one of <see cref="JsonProblemCodes"/>.</summary>
    public string Code { get; }

    /// <summary>
    /// The JSON Pointer (RFC 6901) of the offending value; for a missing property, the pointer the property would have;
    /// for an unknown or duplicated property, the pointer of that property. <c>""</c> is the whole document.
    /// </summary>
    public string Pointer { get; }

    /// <summary>What is wrong, in Chinese and English.</summary>
    public BilingualText Message { get; }

    /// <summary>The 1-based line of the text where the problem was found, when known.</summary>
    public long? Line { get; }

    /// <summary>The 0-based byte offset within <see cref="Line"/>, when known.</summary>
    public long? BytePositionInLine { get; }

    /// <summary>The problem as one line: code, pointer, position and English message.</summary>
    /// <returns>A readable line.</returns>
    public override string ToString() =>
        $"{Code} at '{Pointer}'{(Line is null ? string.Empty : $" (line {Line}, byte {BytePositionInLine})")}: {Message.En}";
}
