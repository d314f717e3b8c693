using System;
using System.IO;
using GovInfoDisclosure.Schema.JsonSchemas;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Generation;

/// <summary>
/// Regenerates the files derived from the code: <c>schemas/</c> (JSON Schemas, exported rules, migration table) and
/// <c>docs/labels.md</c>, <c>docs/rules.md</c> and <c>docs/codes.md</c> (with <c>schemas/diagnostic-codes.json</c>). Run <c>dotnet run --project src/GovInfoDisclosure.Schema.Generation</c> from anywhere in the
/// repository (or pass the repository root); tests fail while a committed file is stale.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        string root = args.Length > 0 ? args[0] : FindRoot(Directory.GetCurrentDirectory());
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
