using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;

namespace GovInfoDisclosure.Web;

/// <summary>The command line of <c>govinfo serve</c>: <c>[--port 5080] [--host 127.0.0.1]</c>.</summary>
/// <remarks>The default address is the loopback one; any other address is bound only when <c>--host</c> names it.</remarks>
public sealed record ServeOptions
{
    /// <summary>The default port, 5080.</summary>
    public const int DefaultPort = 5080;

    /// <summary>The usage text.</summary>
    public const string Usage = "Usage: govinfo serve [--port 5080] [--host 127.0.0.1]\n"
        + "  Starts the local web checker (check a file, fill the tables) and prints its address. Loopback by default;\n"
        + "  --host binds another address (0.0.0.0 for every interface) and exposes the page to the network.\n"
        + "  --port 0 picks a free port.";

    /// <summary>The port; 0 lets the system pick one.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>The address to bind: an IP address or <c>localhost</c>.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The time a request may take, reading the body included (not on the command line; 30 s).</summary>
    public TimeSpan RequestTimeout { get; init; } = WebApp.DefaultRequestTimeout;

    /// <summary>Whether <see cref="Host"/> is a loopback address (the only kind bound without an explicit <c>--host</c>).</summary>
    public bool IsLoopback => Host == "localhost" || (IPAddress.TryParse(Host, out IPAddress? address) && IPAddress.IsLoopback(address));

    /// <summary>The URL Kestrel listens on.</summary>
    public string Url => "http://" + (IPAddress.TryParse(Host, out IPAddress? a) && a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? "[" + Host + "]" : Host)
        + ":" + Port.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads the arguments; on a bad one returns <see langword="null"/> and says why in <paramref name="error"/>.</summary>
    /// <param name="args">The arguments after <c>serve</c>.</param>
    /// <param name="error">Why the arguments were refused, or <see langword="null"/>.</param>
    /// <returns>The options, or <see langword="null"/>.</returns>
    public static ServeOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = new ServeOptions();
        error = null;
        for (int i = 0; i < args.Count; i++)
        {
            string argument = args[i];
            string? value = i + 1 < args.Count ? args[i + 1] : null;
            switch (argument)
            {
                case "--port":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port > 65535)
                    {
                        error = "--port takes a port number from 0 to 65535.";
                        return null;
                    }

                    options = options with { Port = port };
                    i++;
                    break;
                case "--host":
                    if (value is null || !(value == "localhost" || IPAddress.TryParse(value, out _)))
                    {
                        error = "--host takes an IP address (127.0.0.1, ::1, 0.0.0.0) or localhost.";
                        return null;
                    }

                    options = options with { Host = value };
                    i++;
                    break;
                default:
                    error = $"unexpected argument '{argument}'.";
                    return null;
            }
        }

        return options;
    }
}
