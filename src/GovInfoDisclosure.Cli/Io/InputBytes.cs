namespace GovInfoDisclosure.Cli.Io;

/// <summary>The outcome of <see cref="BoundedInput.Read"/>: exactly one of the bytes, a size over the limit, or an error.</summary>
internal readonly struct InputBytes
{
    private InputBytes(byte[]? bytes, long sizeOverLimit, string? error)
    {
        Bytes = bytes;
        SizeOverLimit = sizeOverLimit;
        Error = error;
    }

    /// <summary>The whole input, when it was read within the limit.</summary>
    public byte[]? Bytes { get; }

    /// <summary>
    /// When the input is over the limit: its size (a regular file), or the bytes read before stopping, one past the limit
    /// (a device or pipe, whose size is not known); otherwise 0.
    /// </summary>
    public long SizeOverLimit { get; }

    /// <summary>Why the input could not be read, or <see langword="null"/>.</summary>
    public string? Error { get; }

    public static InputBytes Read(byte[] bytes) => new(bytes, 0, null);

    public static InputBytes TooLarge(long size) => new(null, size, null);

    public static InputBytes Failed(string error) => new(null, 0, error);
}
