using System;
using System.IO;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Docs;

public class RulesDocumentTests
{
    [Fact]
    public void DocsRulesMd_IsTheGeneratedPage()
    {
        string path = Path.Combine(RepositoryRoot(), "docs", "rules.md");
        string generated = RulesDocument.Generate();
        if (Environment.GetEnvironmentVariable("GOVINFO_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, generated);
        }

        Assert.True(File.Exists(path), "docs/rules.md is missing: run the tests with GOVINFO_UPDATE_DOCS=1.");
        Assert.Equal(generated, File.ReadAllText(path).Replace("\r\n", "\n"));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GovInfoDisclosure.Schema.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (GovInfoDisclosure.Schema.sln) was not found.");
    }
}
