namespace Mechelen.Web.Features.Recommendations;

/// <summary>
/// The ids a text search found, as one bit per id: a common word finds tens of thousands of recommendations, and the list
/// asks of every row it holds whether it is among them. Ids are positive and dense (the database counts them up), so the
/// bits take an eighth of a byte per recommendation ever written; filling and asking cost no hashing.
/// </summary>
public sealed class IdSet
{
    private ulong[] _bits = [];

    /// <summary>The set of these ids (repeats and ids below 1 are ignored).</summary>
    public static IdSet Of(IEnumerable<int> ids)
    {
        var set = new IdSet();
        foreach (var id in ids)
        {
            set.Add(id);
        }

        return set;
    }

    public int Count { get; private set; }

    public void Add(int id)
    {
        if (id < 1)
        {
            return;
        }

        var word = id >> 6;
        if (word >= _bits.Length)
        {
            Array.Resize(ref _bits, Math.Max(word + 1, _bits.Length * 2));
        }

        var bit = 1UL << (id & 63);
        if ((_bits[word] & bit) == 0)
        {
            _bits[word] |= bit;
            Count++;
        }
    }

    public void Remove(int id)
    {
        if (Contains(id))
        {
            _bits[id >> 6] &= ~(1UL << (id & 63));
            Count--;
        }
    }

    /// <summary>A set with the same ids that changes apart from this one.</summary>
    public IdSet Copy() => new() { _bits = (ulong[])_bits.Clone(), Count = Count };

    public bool Contains(int id)
    {
        var word = id >> 6;
        return id >= 1 && word < _bits.Length && (_bits[word] & (1UL << (id & 63))) != 0;
    }
}
