using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace GovInfoDisclosure.Cli.Io;

/// <summary>
/// The few Unix file operations .NET does not offer: the type of a file without opening it (a FIFO must never be opened
/// in a corpus walk: the open itself blocks), and file names as raw bytes (a name in GBK bytes is not UTF-8, and .NET's
/// string for it names no file).
/// </summary>
/// <remarks>
/// <c>stat</c> comes from <c>libSystem.Native</c>, the shim every .NET runtime on Unix ships (its <c>FileStatus</c>
/// starts with two 32-bit fields, flags and mode, the mode holding the POSIX type bits); directory listing and opening
/// by raw name use glibc/musl on Linux (<c>struct dirent</c>: <c>d_type</c> at byte 18, <c>d_name</c> at 19 on 64-bit).
/// Every function degrades to "unknown" instead of throwing when a call is not available.
/// </remarks>
internal static class UnixFiles
{
    private const int TypeMask = 0xF000;

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>The kind of <paramref name="path"/>, following links.</summary>
    public static FileKind KindOf(string path) => KindOf(Encoding.UTF8.GetBytes(path));

    /// <summary>Whether the raw path names a symbolic link (not followed).</summary>
    public static bool IsLink(byte[] path)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        byte[] status = new byte[512];
        try
        {
            return SystemNativeLStat(Terminated(path), status) == 0 && (BitConverter.ToInt32(status, 4) & TypeMask) == 0xA000;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>The kind of the file named by the raw bytes <paramref name="path"/> (no terminating zero), following links.</summary>
    public static FileKind KindOf(byte[] path) => KindOf(path, out _);

    /// <summary>
    /// The kind of the file named by the raw bytes <paramref name="path"/> (no terminating zero), following links, and its size
    /// in bytes (0 when unknown).
    /// </summary>
    public static FileKind KindOf(byte[] path, out long size)
    {
        size = 0;
        if (OperatingSystem.IsWindows())
        {
            return FileKind.Unknown;
        }

        byte[] status = new byte[512];
        try
        {
            if (SystemNativeStat(Terminated(path), status) != 0)
            {
                return FileKind.Missing;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return FileKind.Unknown;
        }

        // System.Native's FileStatus: Flags, Mode, Uid, Gid (4 bytes each), then Size (8 bytes).
        int mode = BitConverter.ToInt32(status, 4);
        size = Math.Max(0, BitConverter.ToInt64(status, 16));
        return (mode & TypeMask) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Unknown,
        };
    }

    /// <summary>Whether a kind may be opened and read in a corpus walk without blocking or reading forever.</summary>
    public static bool IsSafeToOpen(FileKind kind) => kind is FileKind.Regular or FileKind.Unknown;

    /// <summary>A name for messages: the kind in words.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Directory => "a directory",
        FileKind.Missing => "missing",
        _ => "not a regular file",
    };

    /// <summary>
    /// The entries of a directory as raw names (not <c>.</c> and <c>..</c>), or <see langword="null"/> when raw listing is
    /// not available here (not Linux): the caller then uses .NET's enumeration.
    /// </summary>
    /// <exception cref="IOException">The directory cannot be opened.</exception>
    public static List<byte[]>? ListRaw(byte[] directory)
    {
        if (!OperatingSystem.IsLinux() || IntPtr.Size != 8)
        {
            return null;
        }

        IntPtr dir;
        try
        {
            dir = opendir(Terminated(directory));
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        if (dir == IntPtr.Zero)
        {
            throw new IOException($"The directory cannot be opened (error {Marshal.GetLastPInvokeError()}).");
        }

        var names = new List<byte[]>();
        try
        {
            IntPtr entry;
            while ((entry = readdir(dir)) != IntPtr.Zero)
            {
                int length = 0;
                while (length < 256 && Marshal.ReadByte(entry, 19 + length) != 0)
                {
                    length++;
                }

                var name = new byte[length];
                Marshal.Copy(entry + 19, name, 0, length);
                if (!(length == 1 && name[0] == (byte)'.') && !(length == 2 && name[0] == (byte)'.' && name[1] == (byte)'.'))
                {
                    names.Add(name);
                }
            }
        }
        finally
        {
            _ = closedir(dir);
        }

        return names;
    }

    /// <summary>Opens the file named by raw bytes for reading.</summary>
    /// <exception cref="IOException">It cannot be opened.</exception>
    public static FileStream OpenRead(byte[] path)
    {
        const int ReadOnlyCloseOnExec = 0x80000; // O_RDONLY | O_CLOEXEC on Linux
        int fd = open(Terminated(path), ReadOnlyCloseOnExec);
        if (fd < 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            throw new IOException(errno == 2 ? "No such file." : $"The file cannot be opened (error {errno}).");
        }

        return new FileStream(new SafeFileHandle((IntPtr)fd, ownsHandle: true), FileAccess.Read, 1);
    }

    /// <summary>Whether raw name bytes are valid UTF-8 (so that .NET's string for them names the file).</summary>
    public static bool IsUtf8(byte[] name, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(name);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = Escape(name);
            return false;
        }
    }

    /// <summary>A name for messages: its valid UTF-8 as text, every other byte as <c>\xHH</c>.</summary>
    public static string Escape(byte[] name)
    {
        var text = new StringBuilder();
        int i = 0;
        while (i < name.Length)
        {
            int length = Utf8SequenceLength(name, i);
            if (length > 0)
            {
                text.Append(Encoding.UTF8.GetString(name, i, length));
                i += length;
            }
            else
            {
                text.Append("\\x").Append(name[i].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                i++;
            }
        }

        return text.ToString();
    }

    /// <summary>The length of the valid UTF-8 sequence starting at <paramref name="at"/>, or 0.</summary>
    private static int Utf8SequenceLength(byte[] bytes, int at)
    {
        byte first = bytes[at];
        int length = first < 0x80 ? 1 : first is >= 0xC2 and <= 0xDF ? 2 : first is >= 0xE0 and <= 0xEF ? 3 : first is >= 0xF0 and <= 0xF4 ? 4 : 0;
        if (length == 0 || at + length > bytes.Length)
        {
            return 0;
        }

        try
        {
            _ = StrictUtf8.GetCharCount(bytes, at, length);
            return length;
        }
        catch (DecoderFallbackException)
        {
            return 0;
        }
    }

    private static byte[] Terminated(byte[] path)
    {
        var terminated = new byte[path.Length + 1];
        path.CopyTo(terminated, 0);
        return terminated;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int SystemNativeStat(byte[] path, [Out] byte[] status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
    private static extern int SystemNativeLStat(byte[] path, [Out] byte[] status);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr opendir(byte[] name);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr readdir(IntPtr dir);

    [DllImport("libc", SetLastError = true)]
    private static extern int closedir(IntPtr dir);

    [DllImport("libc", SetLastError = true)]
    private static extern int open(byte[] path, int flags);
}
