using System.Text.Json.Nodes;

namespace GovInfoDisclosure.Schema.Json;

/// <summary>Reads and writes members of a <see cref="JsonNode"/> tree by JSON Pointer (objects only, as in report documents).</summary>
internal static class JsonNodePointer
{
    /// <summary>Whether the member at <paramref name="pointer"/> exists, and its value (which may be <see langword="null"/>).</summary>
    public static bool TryGet(JsonNode root, string pointer, out JsonNode? value)
    {
        JsonNode? node = root;
        string[] tokens = pointer.Substring(1).Split('/');
        for (int i = 0; i < tokens.Length; i++)
        {
            if (node is not JsonObject obj || !obj.TryGetPropertyValue(Unescape(tokens[i]), out node))
            {
                value = null;
                return false;
            }
        }

        value = node;
        return true;
    }

    /// <summary>Sets the member at <paramref name="pointer"/>, creating the objects on the way.</summary>
    public static void Set(JsonNode root, string pointer, JsonNode? value)
    {
        string[] tokens = pointer.Substring(1).Split('/');
        JsonObject parent = root.AsObject();
        for (int i = 0; i < tokens.Length - 1; i++)
        {
            string name = Unescape(tokens[i]);
            if (parent[name] is not JsonObject child)
            {
                child = new JsonObject();
                parent[name] = child;
            }

            parent = child;
        }

        parent[Unescape(tokens[tokens.Length - 1])] = value;
    }

    private static string Unescape(string token) => token.Replace("~1", "/").Replace("~0", "~");
}
