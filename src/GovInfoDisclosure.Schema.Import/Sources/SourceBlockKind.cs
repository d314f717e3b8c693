namespace GovInfoDisclosure.Schema.Import.Sources;

/// <summary>What a <see cref="SourceBlock"/> is.</summary>
internal enum SourceBlockKind
{
    /// <summary>A line of prose (or a heading).</summary>
    Text,

    /// <summary>A whole table row: its cells in order (a <c>|</c> row, an HTML <c>&lt;tr&gt;</c>, a Markdown row).</summary>
    Row,

    /// <summary>One cell of a table flattened one cell per line: where its row starts and ends is unknown.</summary>
    Fragment,

    /// <summary>A structural mark between rows (a bare <c>|</c> line): cells on either side never belong to one row.</summary>
    Boundary,
}
