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
    public static object? Convert(object? value) => new Conversion().Convert(value);

    /// <summary>
    /// One conversion: it looks each model type's properties up once (a report of 10,000 studies has tens of
    /// thousands of objects of a handful of types), and keeps nothing once done.
    /// </summary>
    private sealed class Conversion
    {
        private readonly Dictionary<Type, (string Name, PropertyInfo Property)[]> _properties = [];

        public object? Convert(object? value) => value switch
        {
            null => null,
            string or bool or int or long or decimal or double => value,
            Enum e => e.ToString().ToLowerInvariant(),
            IDictionary dictionary => ConvertDictionary(dictionary),
            IEnumerable list => ConvertList(list),
            _ => ConvertObject(value),
        };

        private ScriptArray ConvertList(IEnumerable list)
        {
            var array = new ScriptArray();
            foreach (var item in list)
                array.Add(Convert(item));
            return array;
        }

        private ScriptObject ConvertDictionary(IDictionary dictionary)
        {
            var result = new ScriptObject();
            foreach (DictionaryEntry entry in dictionary)
                result.SetValue(System.Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!, Convert(entry.Value), readOnly: true);
            return result;
        }

        private ScriptObject ConvertObject(object value)
        {
            var result = new ScriptObject();
            foreach (var (name, property) in Properties(value.GetType()))
                result.SetValue(name, Convert(property.GetValue(value)), readOnly: true);
            return result;
        }

        private (string Name, PropertyInfo Property)[] Properties(Type type)
        {
            if (!_properties.TryGetValue(type, out var properties))
            {
                properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract" && !p.IsDefined(typeof(ScriptMemberIgnoreAttribute)))
                    .Select(p => (StandardMemberRenamer.Rename(p.Name), p))
                    .ToArray();
                _properties.Add(type, properties);
            }
            return properties;
        }
    }
}
