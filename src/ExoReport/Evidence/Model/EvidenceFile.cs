using ExoReport.Diagnostics;

namespace ExoReport.Evidence.Model;

/// <summary>A loaded, validated evidence file: the review, its references, taxonomies, studies and clinical evidence.</summary>
public sealed record EvidenceFile(
    string Path,
    ReviewInfo Review,
    Taxonomy Taxonomy,
    IReadOnlyList<Reference> References,
    IReadOnlyList<Study> Studies,
    IReadOnlyList<ClinicalTrial> Clinical,
    ReportSettings Report);
