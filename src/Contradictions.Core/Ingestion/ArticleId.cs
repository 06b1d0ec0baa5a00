namespace Contradictions.Ingestion;

/// <summary>
/// An article's identity: the first 16 hex digits of the SHA-256 of its normalized content.
/// The same text under another name is the same article; an edited file is a new one.
/// </summary>
public readonly record struct ArticleId(string Value)
{
    /// <summary>Derives the id from a full content hash (64 hex digits).</summary>
    /// <exception cref="ArgumentException">The hash is shorter than 16 characters.</exception>
    public static ArticleId FromHash(string contentHash)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentHash);
        if (contentHash.Length < 16)
        {
            throw new ArgumentException("A content hash has at least 16 hex digits.", nameof(contentHash));
        }

        return new ArticleId(contentHash[..16]);
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
