using System;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using GovInfoDisclosure.Web;
using Microsoft.AspNetCore.Builder;
using Xunit;

namespace GovInfoDisclosure.Web.Tests;

public sealed class TimeoutTests
{
    [Fact]
    public async Task A_request_whose_body_does_not_arrive_in_time_gets_408_problem_json()
    {
        await using WebApplication app = WebApp.Create(new ServeOptions { Port = 0, RequestTimeout = TimeSpan.FromSeconds(1) }, Array.Empty<string>());
        await app.StartAsync();
        var uri = new Uri(WebApp.Addresses(app).First());
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(uri.Host, uri.Port);
        using NetworkStream stream = tcp.GetStream();
        // 100 bytes announced, 10 sent, then nothing: the server must not wait for ever.
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"POST /api/check HTTP/1.1\r\nHost: {uri.Authority}\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\n0123456789"));
        stream.ReadTimeout = 20000;
        var buffer = new byte[4096];
        int read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(20));
        string response = Encoding.UTF8.GetString(buffer, 0, read);
        Assert.StartsWith("HTTP/1.1 408", response, StringComparison.Ordinal);
        Assert.Contains("application/problem+json", response, StringComparison.Ordinal);
        await app.StopAsync();
    }
}
