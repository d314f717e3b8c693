using System;
using System.Collections.Generic;
using System.IO;
using GovInfoDisclosure.Schema.JsonSchemas;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Generation;

/// <summary>
/// Regenerates the files derived from the code: the cell walker (<c>src/GovInfoDisclosure.Schema/Cells/ReportCells.Format*.g.cs</c>),
/// <c>schemas/</c> (JSON Schemas, exported rules, migration table) and
/// <c>docs/labels.md</c>, <c>docs/rules.md</c> and <c>docs/codes.md</c> (with <c>schemas/diagnostic-codes.json</c>). Run <c>dotnet run --project src/GovInfoDisclosure.Schema.Generation</c> from anywhere in the
/// repository (or pass the repository root); tests fail while a committed file is stale. When the label catalogue and the
/// model records disagree, nothing is written and the exit code is 1.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        string root = args.Length > 0 ? args[0] : FindRoot(Directory.GetCurrentDirectory());

        // The cell walker first: the other writers may read reports through it, so a stale walker must not stop it being fixed.
        var walkers = new List<(string Path, string Code)>();
        try
        {
            foreach (FormatDescriptor format in FormatDescriptor.All)
            {
                walkers.Add((Path.Combine(root, CellWalkerWriter.Directory, CellWalkerWriter.FileName(format.Format)), CellWalkerWriter.Write(format.Format)));
            }
        }
        catch (CellWalkerMismatchException ex)
        {
            Console.Error.WriteLine("error: " + ex.Message);
            Console.Error.WriteLine("Make the record and the label catalogue agree (docs/adding-a-row.md), then run this again.");
            return 1;
        }

        foreach ((string path, string code) in walkers)
        {
            Write(path, code);
        }

        string schemas = Path.Combine(root, "schemas");
        Directory.CreateDirectory(schemas);
        foreach (ReportFormat format in new[] { ReportFormat.Format2021, ReportFormat.Format2019 })
        {
            Write(Path.Combine(schemas, ReportSchemas.FileName(format)), ReportSchemaGenerator.Generate(format));
            Write(Path.Combine(schemas, RuleExportWriter.FileName(format)), RuleExportWriter.Write(format));
        }

        Write(Path.Combine(schemas, MigrationTableWriter.FileName), MigrationTableWriter.Write());
        Write(Path.Combine(schemas, CodesDocumentWriter.DataFileName), CodesDocumentWriter.WriteData());
        Write(Path.Combine(root, "docs", CodesDocumentWriter.FileName), CodesDocumentWriter.Write());
        Write(Path.Combine(root, "docs", LabelDocumentWriter.FileName), LabelDocumentWriter.Write());
        Write(Path.Combine(root, "docs", RulesDocumentWriter.FileName), RulesDocumentWriter.Write());
        return 0;
    }

    private static void Write(string path, string content)
    {
        File.WriteAllText(path, content);
        Console.WriteLine("wrote " + path);
    }

    private static string FindRoot(string directory)
    {
        for (DirectoryInfo? d = new(directory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "GovInfoDisclosure.Schema.sln")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException("Run inside the repository, or pass its root as the first argument.");
    }
}
