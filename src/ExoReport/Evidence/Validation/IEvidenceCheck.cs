namespace ExoReport.Evidence.Validation;

/// <summary>One semantic rule the schema cannot express (ids that must exist, numbers that must not repeat, ...).</summary>
internal interface IEvidenceCheck
{
    void Run(ValidationContext context);
}
