using System;
using System.IO;
using GovInfoDisclosure.Schema.Model;

namespace GovInfoDisclosure.Schema.Generation;

/// <summary>Writes the JSON Schemas: <c>dotnet run --project src/GovInfoDisclosure.Schema.Generation -- schemas</c>.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        string directory = args.Length > 0 ? args[0] : "schemas";
        Directory.CreateDirectory(directory);
        foreach (ReportFormat format in new[] { ReportFormat.Format2021, ReportFormat.Format2019 })
        {
            string path = Path.Combine(directory, GovInfoDisclosure.Schema.JsonSchemas.ReportSchemas.FileName(format));
            File.WriteAllText(path, ReportSchemaGenerator.Generate(format));
            Console.WriteLine("wrote " + path);
        }

        string carries = Path.Combine(directory, MigrationTableWriter.FileName);
        File.WriteAllText(carries, MigrationTableWriter.Write());
        Console.WriteLine("wrote " + carries);
        return 0;
    }
}
