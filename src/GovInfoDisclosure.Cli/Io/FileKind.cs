namespace GovInfoDisclosure.Cli.Io;

/// <summary>What a path names, found without opening it.</summary>
internal enum FileKind
{
    /// <summary>Not known (not a Unix system, or the check failed): treated as a regular file.</summary>
    Unknown,

    /// <summary>Nothing: the path does not exist (or a link points nowhere).</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A named pipe (FIFO): opening it for reading blocks until a writer comes.</summary>
    Fifo,

    /// <summary>A character device such as <c>/dev/zero</c>: possibly endless.</summary>
    CharacterDevice,

    /// <summary>A block device.</summary>
    BlockDevice,

    /// <summary>A Unix socket.</summary>
    Socket,
}
