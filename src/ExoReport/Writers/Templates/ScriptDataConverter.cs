using System.Collections;
using System.Globalization;
using System.Reflection;
using Scriban.Runtime;

namespace ExoReport.Writers.Templates;

/// <summary>
/// Turns the report model into plain Scriban data (objects, arrays, strings, numbers): templates see values,
/// never live .NET objects, so they cannot call methods or reach the runtime.
/// </summary>
public static class ScriptDataConverter
{
    public static object? Convert(object? value) => value switch
    {
        null => null,
        string or bool or int or long or decimal or double => value,
        Enum e => e.ToString().ToLowerInvariant(),
        IDictionary dictionary => ConvertDictionary(dictionary),
        IEnumerable list => ConvertList(list),
        _ => ConvertObject(value),
    };

    private static ScriptArray ConvertList(IEnumerable list)
    {
        var array = new ScriptArray();
        foreach (var item in list)
            array.Add(Convert(item));
        return array;
    }

    private static ScriptObject ConvertDictionary(IDictionary dictionary)
    {
        var result = new ScriptObject();
        foreach (DictionaryEntry entry in dictionary)
            result.SetValue(System.Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!, Convert(entry.Value), readOnly: true);
        return result;
    }

    private static ScriptObject ConvertObject(object value)
    {
        var result = new ScriptObject();
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract"
                || property.IsDefined(typeof(ScriptMemberIgnoreAttribute)))
                continue;
            result.SetValue(StandardMemberRenamer.Rename(property.Name), Convert(property.GetValue(value)), readOnly: true);
        }
        return result;
    }
}
