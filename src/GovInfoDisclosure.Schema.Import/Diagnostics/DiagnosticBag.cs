using System.Collections.Generic;
using GovInfoDisclosure.Schema.Diagnostics;

namespace GovInfoDisclosure.Schema.Import.Diagnostics;

/// <summary>Collects the diagnostics of one import; the severity always comes from <see cref="ImportDiagnosticCodes"/>.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<ImportDiagnostic> _items = new();

    public IReadOnlyList<ImportDiagnostic> Items => _items;

    public bool HasErrors { get; private set; }

    public void Add(string code, ImportLocation location, string zh, string en, string? rawText = null, string? expected = null, string? actual = null)
    {
        ImportSeverity severity = ImportDiagnosticCodes.SeverityOf(code);
        HasErrors |= severity == ImportSeverity.Error;
        _items.Add(new ImportDiagnostic(code, severity, location, new BilingualText(zh, en), rawText, expected, actual));
    }

    /// <summary>Replaces every diagnostic by what <paramref name="map"/> makes of it (itself, to keep it).</summary>
    public void ReplaceAll(System.Func<ImportDiagnostic, ImportDiagnostic> map)
    {
        HasErrors = false;
        for (int i = 0; i < _items.Count; i++)
        {
            _items[i] = map(_items[i]);
            HasErrors |= _items[i].Severity == ImportSeverity.Error;
        }
    }

    public void AddRange(IEnumerable<ImportDiagnostic> diagnostics)
    {
        foreach (ImportDiagnostic diagnostic in diagnostics)
        {
            HasErrors |= diagnostic.Severity == ImportSeverity.Error;
            _items.Add(diagnostic);
        }
    }
}
