using System.Runtime.CompilerServices;

// The micro-benchmarks (bench/, outside the solution) time the loader's internal stages one by one.
[assembly: InternalsVisibleTo("ExoReport.Bench")]
