using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ExoReport.Writers.Charts;

/// <summary>
/// A chart's content as text: two definitions with the same key draw the same bytes. Chart data are records of
/// lists, whose equality is the lists' identity, so the key serialises the data (every public property of its
/// runtime type, so a field added later is part of the key without anyone remembering to add it here).
/// </summary>
internal sealed class ChartContentKey
{
    // Per instance rather than static: the options cache what they learn about each type.
    private readonly JsonSerializerOptions _options = new()
    {
        // A bar of NaN is refused when drawn, not here.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public string For(ChartDefinition chart)
    {
        Type type = chart.Data.GetType();
        return string.Create(CultureInfo.InvariantCulture,
            $"{type.FullName}\n{chart.Id}\n{chart.Caption}\n{chart.Width}x{chart.Height}\n{JsonSerializer.Serialize(chart.Data, type, _options)}");
    }
}
