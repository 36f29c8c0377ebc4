#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Plenary {

/// A three-way merge of texts by lines (the diff3 idea), for "Refresh from
/// session": @p base is what Plenary generated last time, @p theirs what it
/// generates now, @p mine what the rapporteur made of base. Where only the
/// session changed, its change is taken; where only the rapporteur did,
/// theirs is kept; where both added lines at the same place, both are kept
/// (the rapporteur's first); where both changed the same lines, the
/// rapporteur's text stays and the session's version is reported, never
/// written over it.
struct TextMerge {
    struct Conflict {
        QString mine;   ///< the rapporteur's lines, kept
        QString theirs; ///< what the session would have put there
    };
    struct Result {
        QString text;
        int changesTaken = 0; ///< regions where the session's change went in
        QList<Conflict> conflicts;
    };

    static Result merge(const QString &base, const QString &mine, const QString &theirs);

    /// For each line of @p a, the index of the line of @p b it is paired
    /// with in a longest common subsequence, or -1. Exposed for the tests.
    static QList<int> matchLines(const QStringList &a, const QStringList &b);
};

} // namespace Plenary
