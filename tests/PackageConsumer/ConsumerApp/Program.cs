// Consumes GovInfoDisclosure.Schema as a NuGet package (never a project reference) and checks the package itself.
// Usage: ConsumerApp <report.json> <package.nupkg> <package.snupkg>
using System.IO.Compression;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Runtime.Versioning;
using System.Text;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Import;
using GovInfoDisclosure.Schema.Json;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Model.Format2021;
using GovInfoDisclosure.Schema.Rules;

var failures = new List<string>();
void Check(bool condition, string what)
{
    Console.WriteLine($"{(condition ? "ok  " : "FAIL")} {what}");
    if (!condition)
    {
        failures.Add(what);
    }
}

// 1. Load a bundled sample report through the package.
ReportReadResult result = ReportJson.Read(File.ReadAllBytes(args[0]));
Check(result.IsSuccess, $"sample report loads: {Path.GetFileName(args[0])}");
if (result.Report is GovInfoReport report)
{
    Console.WriteLine($"     {report.Format} {report.Agency} {report.Year}");
    Check(ReportJson.Serialize(report) == File.ReadAllText(args[0]), "sample report round-trips byte for byte");
}

// 2. The app runs on the net8.0 asset, while ConsumerLibrary was compiled against the netstandard2.0 asset.
string? framework = typeof(ReportJson).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;
Check(framework == ".NETCoreApp,Version=v8.0", $"runtime asset is net8.0 ({framework})");
string libraryPath = typeof(ConsumerLibrary.ReportFactory).Assembly.Location;
using (var peReader = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(libraryPath)))
{
    MetadataReader metadata = peReader.GetMetadataReader();
    bool referencesPolyfill = metadata.TypeReferences.Select(metadata.GetTypeReference).Any(t =>
        metadata.GetString(t.Name) == "IsExternalInit"
        && t.ResolutionScope.Kind == HandleKind.AssemblyReference
        && metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)t.ResolutionScope).Name) == "GovInfoDisclosure.Schema");
    Check(referencesPolyfill, "ConsumerLibrary's init calls name IsExternalInit in GovInfoDisclosure.Schema (netstandard2.0 asset)");
}

try
{
    Report2021 made = ConsumerLibrary.ReportFactory.Make();
    Check(made.Applications.NewlyReceived.NaturalPerson.Value == 2 && made.Applications.NewlyReceived.CommercialEnterprise.Mark == "/",
        "init setters compiled against netstandard2.0 bind at run time against net8.0 (IsExternalInit forwarded)");
}
catch (MissingMethodException ex)
{
    Check(false, "init setters bind across assets: " + ex.Message);
}

try
{
    Check(ConsumerLibrary.ReportFactory.ImportOptionsFor(2024).Year == 2024, "Import package: init setters bind across assets too");
}
catch (MissingMethodException ex)
{
    Check(false, "Import package: init setters bind across assets: " + ex.Message);
}

// The Import package reads the published text of the same report into the same model.
string text = File.ReadAllText(Path.ChangeExtension(args[0], ".txt"));
Check(GovInfoDisclosure.Schema.Import.ReportImporter.Import(text).Report == result.Report, "Import package: the scraped text imports to the same report");

// One diagnostic model: a failing report, a bad document and an import put their diagnostics into one set, and the
// library's verdict on the published text is the one `govinfo validate` gives (eng/pack-and-consume.sh checks the tool).
if (result.Report is Report2021 sample)
{
    Report2021 failing = sample with { Applications = sample.Applications with { CarriedOver = sample.Applications.CarriedOver with { NaturalPerson = int.MaxValue, Total = int.MaxValue } } };
    string unread = text.Replace("一、本年新收政府信息公开申请数量 |\n11 |\n5 |", "一、本年新收政府信息公开申请数量 |\n11 |");
    var all = new HashSet<Diagnostic>();
    all.UnionWith(ReportValidator.Validate(failing).Diagnostics);
    all.UnionWith(ReportJson.Read(Encoding.UTF8.GetBytes("{\"format\": \"2021\", \"year\": -1}")).Problems);
    ImportValidationResult incomplete = ImportValidation.ImportAndValidate(unread);
    all.UnionWith(incomplete.Diagnostics);
    Check(all.Select(d => d.Stage).Distinct().Count() == 3, $"diagnostics of three stages in one HashSet ({all.Count})");
    Check(incomplete.Verdict == ReportVerdict.Incomplete, $"an unread row makes the import incomplete ({incomplete.Verdict})");
    ImportValidationResult whole = ImportValidation.ImportAndValidate(text);
    Check(whole.Verdict == ReportVerdict.Valid, $"the published text is valid ({whole.Verdict})");
    Console.WriteLine("     verdict: " + whole.Verdict.ToJsonName());
}

// 3. The package: both assemblies with XML docs, the readme, the license, symbols with SourceLink.
using (ZipArchive nupkg = ZipFile.OpenRead(args[1]))
{
    string[] entries = nupkg.Entries.Select(e => e.FullName).ToArray();
    foreach (string tfm in new[] { "netstandard2.0", "net8.0" })
    {
        Check(entries.Contains($"lib/{tfm}/GovInfoDisclosure.Schema.dll"), $"nupkg has lib/{tfm}/GovInfoDisclosure.Schema.dll");
        Check(entries.Contains($"lib/{tfm}/GovInfoDisclosure.Schema.xml"), $"nupkg has lib/{tfm}/GovInfoDisclosure.Schema.xml");
    }

    Check(entries.Contains("README.md"), "nupkg has README.md");
    using var nuspecReader = new StreamReader(nupkg.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
    string nuspec = nuspecReader.ReadToEnd();
    Check(nuspec.Contains("<license type=\"expression\">MIT</license>"), "nuspec has the license expression");
    Check(nuspec.Contains("<readme>README.md</readme>"), "nuspec names the readme");
    Check(nuspec.Contains("<repository type=\"git\" url=\"https://github.com/") && nuspec.Contains("commit=\""), "nuspec has the repository url and commit");
}

using (ZipArchive snupkg = ZipFile.OpenRead(args[2]))
{
    foreach (string tfm in new[] { "netstandard2.0", "net8.0" })
    {
        ZipArchiveEntry? pdb = snupkg.GetEntry($"lib/{tfm}/GovInfoDisclosure.Schema.pdb");
        Check(pdb is not null, $"snupkg has lib/{tfm}/GovInfoDisclosure.Schema.pdb");
        if (pdb is null)
        {
            continue;
        }

        using var buffer = new MemoryStream();
        using (Stream stream = pdb.Open())
        {
            stream.CopyTo(buffer);
        }

        buffer.Position = 0;
        using MetadataReaderProvider provider = MetadataReaderProvider.FromPortablePdbStream(buffer);
        MetadataReader pdbReader = provider.GetMetadataReader();
        var sourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
        string? sourceLink = pdbReader.CustomDebugInformation
            .Select(pdbReader.GetCustomDebugInformation)
            .Where(info => pdbReader.GetGuid(info.Kind) == sourceLinkKind)
            .Select(info => Encoding.UTF8.GetString(pdbReader.GetBlobBytes(info.Value)))
            .FirstOrDefault();
        Check(sourceLink is not null && sourceLink.Contains("https://raw.githubusercontent.com/"), $"{tfm} pdb has SourceLink: {sourceLink}");
    }
}

Console.WriteLine(failures.Count == 0 ? "package consumer: all checks passed" : $"package consumer: {failures.Count} check(s) failed");
return failures.Count == 0 ? 0 : 1;
