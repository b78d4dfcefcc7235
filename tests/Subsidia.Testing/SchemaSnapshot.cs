using System.Data.Common;
using Subsidia.Data;

namespace Subsidia.Testing;

/// <summary>
/// Every table, column (type, nullability, length, key, identity), index and foreign key of a database, sorted, so
/// that a database built by migrations can be compared with one built from the model (docs/decisions/0003).
/// Tables whose name starts with "__" (migration histories, locks) are left out.
/// </summary>
public static class SchemaSnapshot
{
    public static List<string> Describe(DbConnection connection, DatabaseEngine engine)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection.State != System.Data.ConnectionState.Open)
        {
            connection.Open();
        }

        var rows = new List<string>();
        if (engine == DatabaseEngine.Sqlite)
        {
            var tables = Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                .Select(r => r[0]).Where(t => !t.StartsWith("__", StringComparison.Ordinal)).ToList();
            foreach (var table in tables)
            {
                rows.AddRange(Query(connection, $"PRAGMA table_info(\"{table}\")").Select(r => $"{table}.{r[1]} {r[2]} {(r[3] == "1" ? "NOT NULL" : "NULL")} pk={r[5]}"));
                rows.AddRange(Query(connection, $"PRAGMA index_list(\"{table}\")").Select(r => $"{table} index {r[1]} unique={r[2]}"));
                rows.AddRange(Query(connection, $"PRAGMA foreign_key_list(\"{table}\")").Select(r => $"{table} fk {r[3]}->{r[2]}.{r[4]} {r[6]}"));
            }

            rows.AddRange(Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%AUTOINCREMENT%'").Select(r => $"{r[0]} autoincrement"));
        }
        else
        {
            rows.AddRange(Query(connection,
                "SELECT table_name, column_name, data_type, is_nullable, coalesce(character_maximum_length, 0), is_identity, coalesce(identity_generation, '') " +
                "FROM information_schema.columns WHERE table_schema = 'public'").Where(r => !r[0].StartsWith("__", StringComparison.Ordinal)).Select(r => string.Join(" ", r)));
            rows.AddRange(Query(connection, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'")
                .Where(r => !r[0].StartsWith("__", StringComparison.Ordinal)).Select(r => string.Join(" ", r)));
            rows.AddRange(Query(connection,
                "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace")
                .Where(r => !r[0].Contains("__", StringComparison.Ordinal)).Select(r => string.Join(" ", r)));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static List<string[]> Query(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "";
            }

            rows.Add(row);
        }

        return rows;
    }
}
