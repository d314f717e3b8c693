using System;
using System.Globalization;
using System.Text.Json.Serialization;
using GovInfoDisclosure.Schema.Json.Converters;

namespace GovInfoDisclosure.Schema.Model;

/// <summary>A calendar date without time or time zone, such as the date a report is signed (落款日期).</summary>
/// <remarks>
/// Equality and ordering are by year, month and day. JSON: an ISO 8601 string <c>"yyyy-MM-dd"</c>.
/// (netstandard2.0 has no <c>DateOnly</c>, and a <see cref="DateTime"/> would invent a time and a kind.)
/// </remarks>
[JsonConverter(typeof(CalendarDateJsonConverter))]
public readonly struct CalendarDate : IEquatable<CalendarDate>, IComparable<CalendarDate>
{
    private readonly int _dayNumber;

    private CalendarDate(int dayNumber) => _dayNumber = dayNumber;

    /// <summary>Creates a date.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month.</param>
    /// <exception cref="ArgumentOutOfRangeException">The arguments do not form a valid Gregorian date.</exception>
    public CalendarDate(int year, int month, int day)
        : this((int)(new DateTime(year, month, day).Ticks / TimeSpan.TicksPerDay))
    {
    }

    /// <summary>The year.</summary>
    public int Year => ToDateTime().Year;

    /// <summary>The month, 1 to 12.</summary>
    public int Month => ToDateTime().Month;

    /// <summary>The day of the month.</summary>
    public int Day => ToDateTime().Day;

    /// <summary>Parses an ISO 8601 calendar date <c>yyyy-MM-dd</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="date">The date, when the text is one.</param>
    /// <returns>Whether <paramref name="text"/> is a valid date in that exact form.</returns>
    public static bool TryParseIso(string? text, out CalendarDate date)
    {
        if (text is not null
            && text.Length == 10
            && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime parsed))
        {
            date = new CalendarDate(parsed.Year, parsed.Month, parsed.Day);
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>The date at midnight, as an unspecified-kind <see cref="DateTime"/>.</summary>
    /// <returns>The date as a <see cref="DateTime"/>.</returns>
    public DateTime ToDateTime() => new(_dayNumber * TimeSpan.TicksPerDay, DateTimeKind.Unspecified);

    /// <summary>The ISO 8601 form <c>yyyy-MM-dd</c>.</summary>
    /// <returns>The date as text.</returns>
    public override string ToString() => ToDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public bool Equals(CalendarDate other) => _dayNumber == other._dayNumber;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CalendarDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _dayNumber;

    /// <inheritdoc/>
    public int CompareTo(CalendarDate other) => _dayNumber.CompareTo(other._dayNumber);

    /// <summary>Whether two dates are the same day.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CalendarDate left, CalendarDate right) => left.Equals(right);

    /// <summary>Whether two dates are different days.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(CalendarDate left, CalendarDate right) => !left.Equals(right);
}
