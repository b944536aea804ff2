namespace ExoReport.Evidence;

/// <summary>
/// The diagnostic codes the evidence loader reports, one constant per code. docs/diagnostics.md explains each
/// one (what it means, how to fix it); a test keeps that page and this list in step.
/// </summary>
public static class EvidenceCodes
{
    // Reading the file and its YAML (EXO001–EXO019).
    public const string YamlSyntax = "EXO001";
    public const string EmptyFile = "EXO002";
    public const string TopLevelNotMapping = "EXO003";
    public const string DuplicateKey = "EXO004";
    public const string FileTooLarge = "EXO005";
    public const string NestingTooDeep = "EXO006";
    public const string AliasExpansionLimit = "EXO007";
    public const string InvalidUtf8 = "EXO008";
    public const string NulByte = "EXO009";
    public const string CannotRead = "EXO010";
    public const string MultipleDocuments = "EXO011";
    public const string UnknownAlias = "EXO012";
    public const string ComplexKey = "EXO013";
    public const string TooManyValues = "EXO014";
    public const string TooManyProblems = "EXO015";

    // The shape of the data, checked against schema/evidence.schema.json (EXO020–EXO039).
    public const string MissingKey = "EXO020";
    public const string WrongType = "EXO021";
    public const string UnknownKey = "EXO022";
    public const string PatternMismatch = "EXO023";
    public const string ValueNotAllowed = "EXO024";
    public const string OutOfRange = "EXO025";
    public const string EmptyValue = "EXO026";
    public const string UnsupportedVersion = "EXO027";
    public const string SchemaViolation = "EXO029";

    // The meaning of the data: ids, references, numbers (EXO040–EXO059).
    public const string DuplicateId = "EXO040";
    public const string UnknownId = "EXO041";
    public const string InvalidDoi = "EXO042";
    public const string ImplausibleYear = "EXO043";
    public const string InvalidDate = "EXO044";
    public const string DuplicateReferenceNumber = "EXO045";
    public const string DuplicateTable1Row = "EXO046";
    public const string Table1RowGap = "EXO047";
    public const string UnusedReference = "EXO048";
    public const string UnusedTaxonomyTerm = "EXO049";
}
