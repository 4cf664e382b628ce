namespace Site.Conversion;

/// <summary>A conversion data file (group or overrides YAML) is malformed. Carries the file and 1-based position.</summary>
public sealed class ConversionDataException(string message, string path, int line, int column, Exception? inner = null)
    : Exception($"{path}({line},{column}): {message}", inner)
{
    public string Path { get; } = path;

    public int Line { get; } = line;

    public int Column { get; } = column;

    public string Reason { get; } = message;
}
