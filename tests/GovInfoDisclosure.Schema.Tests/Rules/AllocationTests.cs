using System;
using GovInfoDisclosure.Schema.Diagnostics;
using GovInfoDisclosure.Schema.Model;
using GovInfoDisclosure.Schema.Rules;
using Xunit;

using GovInfoDisclosure.Schema.Tests.Support;

namespace GovInfoDisclosure.Schema.Tests.Rules;

public class AllocationTests
{
    [Fact]
    public void Validate_ValidReport_AllocatesNothingOnceWarm()
    {
        GovInfoReport report = Fixtures.Load(Fixtures.Pingwu);
        for (int i = 0; i < 20; i++)
        {
            Assert.Same(ValidationResult.Empty, ReportValidator.Validate(report));
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            ReportValidator.Validate(report);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
