#include "TextMerge.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace Plenary {

namespace {

// Pairs a[alo..ahi) with b[blo..bhi) into match (indices of a -> of b).
// A common start first (cheap, the usual case for a regenerated report);
// then a longest common subsequence by dynamic programming when the rest is
// small, else anchored on lines that occur once on each side (patience
// diff), recursing between the anchors: bounded memory for long reports.
// Lines of a pair with the earliest equal line of b. Where the alignment is
// ambiguous, that puts an inserted block after the blank line that ends the
// block before it ("### C-3 ... <blank>" inserted, not "<blank> ### C-3
// ..."), so a rapporteur's line added under one block stays there. (Why
// there is no common-end trimming: it would align the other way.)
void matchRange(const QStringList &a, const QStringList &b, int alo, int ahi, int blo, int bhi,
                QList<int> &match) {
    while (alo < ahi && blo < bhi && a.at(alo) == b.at(blo))
        match[alo++] = blo++;
    const int n = ahi - alo, m = bhi - blo;
    if (n == 0 || m == 0)
        return;

    if (qint64(n) * m <= 4'000'000) {
        // lcs[i][j]: length of the LCS of a[alo+i..ahi) and b[blo+j..bhi).
        std::vector<int> lcs(size_t(n + 1) * size_t(m + 1), 0);
        auto at = [m](int i, int j) {
            return size_t(i) * size_t(m + 1) + size_t(j);
        };
        for (int i = n - 1; i >= 0; --i)
            for (int j = m - 1; j >= 0; --j)
                lcs[at(i, j)] = a.at(alo + i) == b.at(blo + j)
                                    ? lcs[at(i + 1, j + 1)] + 1
                                    : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
        int i = 0, j = 0;
        while (i < n && j < m) {
            if (a.at(alo + i) == b.at(blo + j)) {
                match[alo + i] = blo + j;
                ++i, ++j;
            } else if (lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) {
                ++i;
            } else {
                ++j;
            }
        }
        return;
    }

    // Lines unique on both sides, in a's order, with their place in b.
    QHash<QString, int> countA, countB, whereB;
    for (int i = alo; i < ahi; ++i)
        ++countA[a.at(i)];
    for (int j = blo; j < bhi; ++j) {
        ++countB[b.at(j)];
        whereB[b.at(j)] = j;
    }
    QList<std::pair<int, int>> unique; // (index in a, index in b)
    for (int i = alo; i < ahi; ++i)
        if (countA.value(a.at(i)) == 1 && countB.value(a.at(i)) == 1)
            unique.append({i, whereB.value(a.at(i))});
    if (unique.isEmpty())
        return; // nothing to anchor on: treat the whole range as changed
    // Longest increasing subsequence of the b indices (patience sorting).
    QList<int> tails, tailIndex, previous(unique.size(), -1);
    for (int k = 0; k < unique.size(); ++k) {
        const int value = unique.at(k).second;
        const auto pos = std::lower_bound(tails.begin(), tails.end(), value) - tails.begin();
        if (pos > 0)
            previous[k] = tailIndex.at(pos - 1);
        if (pos == tails.size()) {
            tails.append(value);
            tailIndex.append(k);
        } else {
            tails[pos] = value;
            tailIndex[pos] = k;
        }
    }
    QList<std::pair<int, int>> anchors;
    for (int k = tailIndex.isEmpty() ? -1 : tailIndex.last(); k >= 0; k = previous.at(k))
        anchors.prepend(unique.at(k));
    int ai = alo, bi = blo;
    for (const auto &[ia, ib] : anchors) {
        matchRange(a, b, ai, ia, bi, ib, match);
        match[ia] = ib;
        ai = ia + 1;
        bi = ib + 1;
    }
    matchRange(a, b, ai, ahi, bi, bhi, match);
}

QStringList slice(const QStringList &lines, int from, int to) {
    return lines.mid(from, to - from);
}

} // namespace

QList<int> TextMerge::matchLines(const QStringList &a, const QStringList &b) {
    QList<int> match(a.size(), -1);
    matchRange(a, b, 0, int(a.size()), 0, int(b.size()), match);
    return match;
}

TextMerge::Result TextMerge::merge(const QString &base, const QString &mine,
                                   const QString &theirs) {
    const QStringList o = base.split(QLatin1Char('\n'));
    const QStringList a = mine.split(QLatin1Char('\n'));
    const QStringList b = theirs.split(QLatin1Char('\n'));
    const QList<int> toA = matchLines(o, a);
    const QList<int> toB = matchLines(o, b);

    Result r;
    QStringList out;
    // Walk base: stable runs (a base line matched on both sides, in step)
    // are copied; between them lies a chunk that one side, the other, or
    // both changed.
    int lo = 0, la = 0, lb = 0;
    const int no = int(o.size());
    while (lo < no || la < a.size() || lb < b.size()) {
        if (lo < no && toA.at(lo) == la && toB.at(lo) == lb) {
            out << o.at(lo);
            ++lo, ++la, ++lb;
            continue;
        }
        // The next base line matched on both sides ends the chunk.
        int next = lo;
        while (next < no && (toA.at(next) < 0 || toB.at(next) < 0))
            ++next;
        const int ea = next < no ? toA.at(next) : int(a.size());
        const int eb = next < no ? toB.at(next) : int(b.size());
        const QStringList co = slice(o, lo, next), ca = slice(a, la, ea), cb = slice(b, lb, eb);
        if (ca == co) {
            out << cb; // only the session changed it
            if (cb != co)
                ++r.changesTaken;
        } else if (cb == co || ca == cb) {
            out << ca; // only the rapporteur changed it, or both alike
        } else if (co.isEmpty()) {
            // Both added lines at the same place (the rapporteur's notes at
            // the end of a section, a new contribution there): keep both.
            out << ca << cb;
            ++r.changesTaken;
        } else {
            out << ca;
            r.conflicts.append({ca.join(QLatin1Char('\n')), cb.join(QLatin1Char('\n'))});
        }
        lo = next, la = ea, lb = eb;
    }
    r.text = out.join(QLatin1Char('\n'));
    return r;
}

} // namespace Plenary
