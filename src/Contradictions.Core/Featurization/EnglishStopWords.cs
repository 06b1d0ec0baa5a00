using System.Collections.Frozen;

namespace Contradictions.Featurization;

/// <summary>
/// English function words for <see cref="FeaturizerOptions.StopWords"/>, written as the
/// normalizer leaves them: lower case, apostrophes dropped ("didnt"), a possessive or "is" 's
/// already cut ("it's" reads as "it"). Content words that news leans on are deliberately absent
/// even when frequent ("said", "killed", "two"): inverse document frequency weighs them, and
/// some of them tell incidents apart.
/// </summary>
internal static class EnglishStopWords
{
    public static FrozenSet<string> Words { get; } = FrozenSet.Create(StringComparer.Ordinal,
    [
        // Articles and determiners.
        "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every",
        "either", "neither", "such", "own", "other", "another", "same",
        // Pronouns.
        "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves",
        "you", "your", "yours", "yourself", "yourselves", "he", "him", "his", "himself",
        "she", "her", "hers", "herself", "it", "its", "itself", "they", "them", "their",
        "theirs", "themselves", "who", "whom", "whose", "which", "what", "whatever",
        // Auxiliaries and their contractions.
        "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having",
        "do", "does", "did", "doing", "will", "would", "shall", "should", "can", "could", "may",
        "might", "must", "isnt", "arent", "wasnt", "werent", "hasnt", "havent", "hadnt", "dont",
        "doesnt", "didnt", "wont", "wouldnt", "shouldnt", "cant", "couldnt", "mustnt",
        "im", "ive", "youre", "youve", "youd", "hes", "shes", "weve",
        "theyre", "theyve", "theyd", "thats", "theres",
        // Prepositions.
        "of", "in", "on", "at", "by", "for", "with", "about", "against", "between", "into",
        "through", "during", "before", "after", "above", "below", "to", "from", "up", "down",
        "out", "off", "over", "under", "onto", "upon", "within", "without", "toward", "towards",
        "among", "across", "along", "around", "behind", "beyond", "via", "per",
        // Conjunctions and adverbs of degree or place.
        "and", "but", "or", "nor", "so", "yet", "if", "then", "else", "than", "because", "as",
        "until", "while", "although", "though", "whether", "where", "when", "why", "how",
        "here", "there", "again", "further", "once", "also", "too", "very", "just", "only",
        "both", "all", "few", "more", "most", "much", "many", "not", "no", "now", "ever",
    ]);
}
