using System;
using Xunit;

namespace GovInfoDisclosure.Schema.Tests.Cli.Process;

/// <summary>A fact about Linux processes and file types (/dev/full, FIFOs, /proc, non-UTF-8 names): skipped elsewhere.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "Linux only: /dev/full, mkfifo, /proc and byte file names.";
        }
    }
}
