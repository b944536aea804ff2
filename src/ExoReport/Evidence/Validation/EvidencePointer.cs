using ExoReport.Evidence.Loading;

namespace ExoReport.Evidence.Validation;

/// <summary>Builds the JSON pointer of a model item from keys and indexes: ("studies", 3, "source") → /studies/3/source.</summary>
internal static class EvidencePointer
{
    public static string Of(params object[] segments) =>
        segments.Aggregate(JsonPointerText.Root, (pointer, segment) => segment switch
        {
            int index => JsonPointerText.Child(pointer, index),
            _ => JsonPointerText.Child(pointer, (string)segment),
        });
}
