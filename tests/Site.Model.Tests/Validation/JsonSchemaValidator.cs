using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Site.Model.Tests.Validation;

/// <summary>
/// A small JSON Schema (draft-07) validator for the keywords the CSL-JSON schema uses: type, enum, properties, required,
/// additionalProperties (false or a schema), items, minItems, maxItems, anyOf, pattern and local $ref.
/// </summary>
internal sealed class JsonSchemaValidator(JsonElement root)
{
    public static JsonSchemaValidator FromResource(string name)
    {
        var assembly = typeof(JsonSchemaValidator).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        return new JsonSchemaValidator(JsonDocument.Parse(stream).RootElement.Clone());
    }

    /// <summary>Every violation as "path: message"; empty when the instance is valid.</summary>
    public IReadOnlyList<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(Resolve(reference.GetString()!), instance, path, errors);
            return;
        }
        if (schema.TryGetProperty("type", out var type) && !HasType(type, instance))
        {
            errors.Add($"{path}: expected {type.GetRawText()}, found {instance.ValueKind}");
            return;
        }
        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => JsonElement.DeepEquals(v, instance)))
        {
            errors.Add($"{path}: {instance.GetRawText()} is not one of the allowed values");
        }
        if (schema.TryGetProperty("pattern", out var pattern) && instance.ValueKind == JsonValueKind.String
            && !Regex.IsMatch(instance.GetString()!, pattern.GetString()!))
        {
            errors.Add($"{path}: does not match {pattern.GetString()}");
        }
        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            var matched = anyOf.EnumerateArray().Any(alternative =>
            {
                var sub = new List<string>();
                Check(alternative, instance, path, sub);
                return sub.Count == 0;
            });
            if (!matched) errors.Add($"{path}: matches none of anyOf");
        }
        if (instance.ValueKind == JsonValueKind.Object) CheckObject(schema, instance, path, errors);
        if (instance.ValueKind == JsonValueKind.Array) CheckArray(schema, instance, path, errors);
    }

    private void CheckObject(JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        var hasProperties = schema.TryGetProperty("properties", out var properties);
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!instance.TryGetProperty(name, out _)) errors.Add($"{path}: required property '{name}' is missing");
            }
        }
        foreach (var property in instance.EnumerateObject())
        {
            var propertyPath = $"{path}.{property.Name}";
            if (hasProperties && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(propertySchema, property.Value, propertyPath, errors);
            }
            else if (schema.TryGetProperty("additionalProperties", out var additional))
            {
                if (additional.ValueKind == JsonValueKind.False) errors.Add($"{propertyPath}: property is not allowed");
                else if (additional.ValueKind == JsonValueKind.Object) Check(additional, property.Value, propertyPath, errors);
            }
        }
    }

    private void CheckArray(JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        var count = instance.GetArrayLength();
        if (schema.TryGetProperty("minItems", out var min) && count < min.GetInt32()) errors.Add($"{path}: fewer than {min} items");
        if (schema.TryGetProperty("maxItems", out var max) && count > max.GetInt32()) errors.Add($"{path}: more than {max} items");
        if (!schema.TryGetProperty("items", out var items)) return;
        var i = 0;
        foreach (var item in instance.EnumerateArray())
        {
            Check(items, item, $"{path}[{(i++).ToString(CultureInfo.InvariantCulture)}]", errors);
        }
    }

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal)) throw new NotSupportedException("Only local references: " + reference);
        var node = root;
        foreach (var segment in reference[2..].Split('/')) node = node.GetProperty(segment);
        return node;
    }

    private static bool HasType(JsonElement type, JsonElement instance) =>
        type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Any(t => Is(t.GetString()!, instance))
            : Is(type.GetString()!, instance);

    private static bool Is(string type, JsonElement instance) => type switch
    {
        "string" => instance.ValueKind == JsonValueKind.String,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && instance.TryGetInt64(out _),
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "null" => instance.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException("Unknown type " + type),
    };
}
