// The C# compiler marks `init` accessors with a modreq to System.Runtime.CompilerServices.IsExternalInit.
// netstandard2.0 has no such type, so this assembly declares it (internal) there. On net8.0 the BCL type is used and
// the assembly forwards the name to it, so a caller compiled against the netstandard2.0 asset (whose modreq names
// *this* assembly) still binds when it runs against the net8.0 asset. Linked into every multi-targeted package;
// tests/PackageConsumer runs a netstandard2.0-compiled caller against the net8.0 assets to prove it.
#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit
    {
    }
}
#else
[assembly: System.Runtime.CompilerServices.TypeForwardedTo(typeof(System.Runtime.CompilerServices.IsExternalInit))]
#endif
