using System.Text.Json.Nodes;

namespace GovInfoDisclosure.Schema.Tests.Support;

/// <summary>Reads and writes values of a <see cref="JsonNode"/> tree by JSON Pointer (object members only).</summary>
public static class JsonNodes
{
    public static JsonNode? Get(JsonNode root, string pointer)
    {
        JsonNode? node = root;
        foreach (string token in pointer.Substring(1).Split('/'))
        {
            node = node?[token.Replace("~1", "/").Replace("~0", "~")];
        }

        return node;
    }

    public static void Set(JsonNode root, string pointer, JsonNode? value)
    {
        string[] tokens = pointer.Substring(1).Split('/');
        JsonObject parent = root.AsObject();
        for (int i = 0; i < tokens.Length - 1; i++)
        {
            if (parent[tokens[i]] is not JsonObject child)
            {
                child = new JsonObject();
                parent[tokens[i]] = child;
            }

            parent = child;
        }

        parent[tokens[^1]] = value;
    }

    public static void Remove(JsonNode root, string pointer)
    {
        int slash = pointer.LastIndexOf('/');
        JsonObject parent = slash == 0 ? root.AsObject() : Get(root, pointer.Substring(0, slash))!.AsObject();
        parent.Remove(pointer.Substring(slash + 1));
    }
}
