namespace GovInfoDisclosure.Schema.Json;

/// <summary>
/// The stable codes of the JSON reader's <see cref="Diagnostics.Diagnostic"/>s (stage <see cref="Diagnostics.DiagnosticStage.Document"/>): why a JSON text is not a well-formed report document.
/// </summary>
/// <remarks>
/// A code never changes meaning once released; a retired code stays here, marked obsolete. These codes are about the
/// shape of the document only; the arithmetic of a well-formed report is checked by the validation rules.
/// </remarks>
public static class JsonProblemCodes
{
    /// <summary>The text is not JSON: a syntax error, a truncated document, or bytes that are not UTF-8.</summary>
    public const string Syntax = "JSON-SYNTAX";

    /// <summary>The document is larger than the configured limit (<see cref="ReportReadOptions.MaxDocumentBytes"/>).</summary>
    public const string TooLarge = "JSON-TOO-LARGE";

    /// <summary>The document nests objects or arrays deeper than <see cref="ReportJson.MaxDepth"/>.</summary>
    public const string TooDeep = "JSON-TOO-DEEP";

    /// <summary>An object has the same property twice.</summary>
    public const string DuplicateProperty = "JSON-DUPLICATE-PROPERTY";

    /// <summary>A property that the contract does not define (unknown properties are rejected: they are usually typos).</summary>
    public const string UnknownProperty = "JSON-UNKNOWN-PROPERTY";

    /// <summary>A required property is absent. (A blank cell is written as <c>null</c>, not left out.)</summary>
    public const string MissingProperty = "JSON-MISSING-PROPERTY";

    /// <summary>A value has the wrong JSON type, e.g. an array where a cell or an object is expected.</summary>
    public const string WrongType = "JSON-WRONG-TYPE";

    /// <summary>A count or an amount is negative.</summary>
    public const string Negative = "JSON-NEGATIVE";

    /// <summary>A count is not a whole number (a fraction or an exponent).</summary>
    public const string NotAnInteger = "JSON-NOT-AN-INTEGER";

    /// <summary>A number is outside the range the field allows (counts up to 2147483647, years 2008 to 2100).</summary>
    public const string OutOfRange = "JSON-OUT-OF-RANGE";

    /// <summary>A string that must not be empty is empty (an empty mark, an empty agency).</summary>
    public const string EmptyString = "JSON-EMPTY-STRING";

    /// <summary>A date is not written as <c>"yyyy-MM-dd"</c> or does not exist.</summary>
    public const string InvalidDate = "JSON-INVALID-DATE";

    /// <summary>The <c>"format"</c> property is absent, so the layout of the document is unknown.</summary>
    public const string MissingFormat = "JSON-MISSING-FORMAT";

    /// <summary>The <c>"format"</c> property is not <c>"2019"</c> or <c>"2021"</c>.</summary>
    public const string UnknownFormat = "JSON-UNKNOWN-FORMAT";
}
