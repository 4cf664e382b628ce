using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;
using RazorLight;
using RazorLight.Caching;
using RazorLight.Compilation;
using RazorLight.Generation;
using RazorLight.Razor;

namespace Site.Rendering.Templating;

/// <summary>
/// RazorLight's template cache, in memory for the process and on disk between processes: each compiled template
/// assembly is stored under a SHA-256 of everything that shapes it (see <see cref="Digest"/>), so a later build loads
/// it instead of running Roslyn. Entries are written to a temporary file and renamed into place, so builds running at
/// once never see half an entry; an entry that cannot be read or fails its checksum is ignored and compiled again.
/// </summary>
/// <remarks>
/// RazorLight asks <see cref="RetrieveTemplate"/> before compiling and hands the emitted bytes to
/// <see cref="IPrecompileCallback.Invoke"/> after a successful compile (its builder passes the caching provider as the
/// callback). Layouts and partials are separate templates, named by string and resolved at render time through this
/// same cache, so one template's assembly does not depend on another's text: a changed partial recompiles only itself.
/// </remarks>
internal sealed class TemplateCache(RazorLightProject project, string? directory, string options) : ICachingProvider, IPrecompileCallback
{
    /// <summary>The variable naming the cache folder instead of &lt;site root&gt;/.site-cache.</summary>
    public const string DirectoryVariable = "SITE_CACHE_DIR";

    private static readonly byte[] Magic = "SITETPL1"u8.ToArray();
    private static readonly Lazy<byte[]> Environment = new(EnvironmentDigest);

    private readonly ConcurrentDictionary<string, (Func<ITemplatePage> Factory, IChangeToken? Token)> _memory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _before = new(StringComparer.Ordinal);
    private int _loaded;
    private int _compiled;

    /// <summary>&lt;SITE_CACHE_DIR&gt;/templates when that variable is set, else &lt;site root&gt;/.site-cache/templates.</summary>
    public static string DefaultDirectory(string siteRoot)
    {
        var configured = System.Environment.GetEnvironmentVariable(DirectoryVariable);
        var root = string.IsNullOrWhiteSpace(configured) ? Path.Combine(siteRoot, ".site-cache") : Path.GetFullPath(configured);
        return Path.Combine(root, "templates");
    }

    public string? Directory => directory;

    /// <summary>Templates loaded from the disk cache by this process.</summary>
    public int Loaded => Volatile.Read(ref _loaded);

    /// <summary>Templates Roslyn compiled in this process.</summary>
    public int Compiled => Volatile.Read(ref _compiled);

    public TemplateCacheLookupResult RetrieveTemplate(string key)
    {
        if (_memory.TryGetValue(key, out var entry))
        {
            if (entry.Token is null || !entry.Token.HasChanged) return new TemplateCacheLookupResult(new TemplateCacheItem(key, entry.Factory));
            _memory.TryRemove(key, out _);
        }
        if (directory is null) return new TemplateCacheLookupResult();
        RazorLightProjectItem item;
        string digest;
        try
        {
            item = project.GetItemAsync(key).GetAwaiter().GetResult();
            if (!item.Exists) return new TemplateCacheLookupResult(); // RazorLight reports the missing template
            digest = Digest(item);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new TemplateCacheLookupResult();
        }
        _before[Canonical(item.Key)] = digest;
        var factory = Load(digest);
        if (factory is null) return new TemplateCacheLookupResult();
        Interlocked.Increment(ref _loaded);
        _memory[key] = (factory, item.ExpirationToken);
        return new TemplateCacheLookupResult(new TemplateCacheItem(key, factory));
    }

    public void CacheTemplate(string key, Func<ITemplatePage> pageFactory, IChangeToken expirationToken) =>
        _memory[key] = (pageFactory, expirationToken);

    public bool Contains(string key) => _memory.ContainsKey(key);

    public void Remove(string key) => _memory.TryRemove(key, out _);

    /// <summary>
    /// Stores what Roslyn emitted, under the digest taken before compiling, and only if the template's file still has
    /// that content: a file edited while it compiled must not leave its old assembly under its new text (or the reverse).
    /// </summary>
    void IPrecompileCallback.Invoke(IGeneratedRazorTemplate generatedRazorTemplate, byte[] rawAssembly, byte[] rawSymbolStore)
    {
        Interlocked.Increment(ref _compiled);
        if (directory is null) return;
        try
        {
            var item = generatedRazorTemplate.ProjectItem ?? project.GetItemAsync(generatedRazorTemplate.TemplateKey).GetAwaiter().GetResult();
            if (!_before.TryGetValue(Canonical(item.Key), out var before) || Digest(item) != before) return;
            Store(before, generatedRazorTemplate.TemplateKey, rawAssembly);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache only saves time: a folder that cannot be written costs a compile next time, not the build.
        }
    }

    /// <summary>
    /// SHA-256 over the format version, the compile environment (<see cref="EnvironmentDigest"/>), the engine options
    /// (default namespaces, encoder), the template's key and text, and the text of any imports RazorLight adds to it.
    /// </summary>
    private string Digest(RazorLightProjectItem item)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData("site-template-cache/1\n"u8);
        hash.AppendData(Environment.Value);
        AppendText(hash, options);
        var key = Canonical(item.Key);
        AppendText(hash, key);
        AppendContent(hash, item);
        foreach (var import in project.GetImportsAsync(key).GetAwaiter().GetResult())
        {
            if (!import.Exists) continue;
            AppendText(hash, Canonical(import.Key));
            AppendContent(hash, import);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>A project item's key as the caller names it ("article.cshtml") and as the compiler does ("/article.cshtml") alike.</summary>
    private static string Canonical(string key) => key.Replace('\\', '/').TrimStart('/');

    private static void AppendText(IncrementalHash hash, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }

    private static void AppendContent(IncrementalHash hash, RazorLightProjectItem item)
    {
        using var stream = item.Read();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        Span<byte> length = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(length, buffer.Length);
        hash.AppendData(length);
        hash.AppendData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>
    /// What the generated assemblies are compiled against and run on: the module version ids of every assembly
    /// beside the application (Site.Model, Site.Rendering, RazorLight, Roslyn … — a rebuilt one with any change
    /// gets a new id) and of the ones templates certainly bind to, plus the runtime's version.
    /// </summary>
    private static byte[] EnvironmentDigest()
    {
        var text = new StringBuilder();
        text.Append(RuntimeInformation.FrameworkDescription).Append('\n').Append(System.Environment.Version).Append('\n');
        foreach (var assembly in new[] { typeof(RazorLightEngine).Assembly, typeof(Microsoft.CodeAnalysis.CSharp.CSharpCompilation).Assembly,
                     typeof(Model.Article).Assembly, typeof(TemplateEngine).Assembly, typeof(object).Assembly, Assembly.GetEntryAssembly() })
        {
            if (assembly is null) continue;
            text.Append(assembly.GetName().Name).Append(' ').Append(assembly.ManifestModule.ModuleVersionId).Append('\n');
        }
        var folder = AppContext.BaseDirectory;
        if (System.IO.Directory.Exists(folder))
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(folder, "*.dll").Order(StringComparer.Ordinal))
            {
                text.Append(Path.GetFileName(file)).Append(' ').Append(ModuleVersionId(file)).Append('\n');
            }
        }
        return SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static string ModuleVersionId(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata) return "native";
            var reader = pe.GetMetadataReader();
            return reader.GetGuid(reader.GetModuleDefinition().Mvid).ToString();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidOperationException)
        {
            return "unreadable";
        }
    }

    private string PathOf(string digest) => Path.Combine(directory!, digest + ".bin");

    /// <summary>Entry: "SITETPL1", key length and UTF-8 key, assembly length and bytes, SHA-256 of all that.</summary>
    private void Store(string digest, string templateKey, byte[] assembly)
    {
        var key = Encoding.UTF8.GetBytes(templateKey);
        var body = new byte[Magic.Length + 4 + key.Length + 4 + assembly.Length];
        Magic.CopyTo(body, 0);
        BinaryPrimitives.WriteInt32LittleEndian(body.AsSpan(Magic.Length), key.Length);
        key.CopyTo(body, Magic.Length + 4);
        BinaryPrimitives.WriteInt32LittleEndian(body.AsSpan(Magic.Length + 4 + key.Length), assembly.Length);
        assembly.CopyTo(body, Magic.Length + 8 + key.Length);
        System.IO.Directory.CreateDirectory(directory!);
        var target = PathOf(digest);
        var temporary = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(body);
                stream.Write(SHA256.HashData(body));
            }
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>The page factory of a stored entry, or null when there is none or it is damaged in any way.</summary>
    private static Func<ITemplatePage>? LoadEntry(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // FileNotFoundException and DirectoryNotFoundException included: not cached yet
        }
        var body = bytes.AsSpan();
        if (body.Length < Magic.Length + 8 + 32) return null;
        if (!SHA256.HashData(body[..^32]).AsSpan().SequenceEqual(body[^32..])) return null;
        body = body[..^32];
        if (!body.StartsWith(Magic)) return null;
        var keyLength = BinaryPrimitives.ReadInt32LittleEndian(body[Magic.Length..]);
        if (keyLength < 0 || keyLength > body.Length - Magic.Length - 8) return null;
        var key = Encoding.UTF8.GetString(body.Slice(Magic.Length + 4, keyLength));
        var assemblyLength = BinaryPrimitives.ReadInt32LittleEndian(body[(Magic.Length + 4 + keyLength)..]);
        if (assemblyLength != body.Length - Magic.Length - 8 - keyLength) return null;
        try
        {
            var assembly = Assembly.Load(body[(Magic.Length + 8 + keyLength)..].ToArray());
            var attribute = assembly.GetCustomAttribute<RazorLightTemplateAttribute>();
            if (attribute is null) return null;
            return new TemplateFactoryProvider().CreateFactory(new CompiledTemplateDescriptor { TemplateKey = key, TemplateAttribute = attribute });
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or TypeLoadException or ArgumentException or InvalidOperationException or RazorLightException)
        {
            return null;
        }
    }

    private Func<ITemplatePage>? Load(string digest) => LoadEntry(PathOf(digest));
}
