#pragma once

#include "Vocabulary.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace Plenary {

/// What the delegate's library shows, besides the agenda item and the
/// quick filter: each part narrows it; the default shows everything.
struct LibraryFilter {
    QString workingGroup;             ///< empty: any
    std::optional<DocumentType> type; ///< none: any
    /// none: any; -1: not treated yet; else an OutcomeStatus as int.
    std::optional<int> outcome;
    bool unreadOnly = false;    ///< not yet opened by this user
    bool lateOnly = false;      ///< received after the deadline
    bool withNotesOnly = false; ///< the user has notes on it

    bool isEmpty() const { return *this == LibraryFilter{}; }
    bool operator==(const LibraryFilter &o) const {
        return workingGroup == o.workingGroup && type == o.type && outcome == o.outcome &&
               unreadOnly == o.unreadOnly && lateOnly == o.lateOnly &&
               withNotesOnly == o.withNotesOnly;
    }
};

/// Filters a DocumentTableModel by agenda items, by a quick-filter text
/// (every word must appear in the number, title or source, case-insensitive)
/// and by a LibraryFilter, and sorts by DocumentTableModel::SortRole.
class DocumentFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit DocumentFilterModel(QObject *parent = nullptr);

    /// Only documents under these agenda items; empty: all documents.
    void setAgendaItems(const QStringList &ids);
    void setFilterText(const QString &text);
    QString filterText() const { return m_words.join(QLatin1Char(' ')); }
    void setLibraryFilter(const LibraryFilter &filter);
    const LibraryFilter &libraryFilter() const { return m_library; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<QString> m_agendaItems;
    QStringList m_words;
    LibraryFilter m_library;
};

} // namespace Plenary

Q_DECLARE_METATYPE(Plenary::LibraryFilter)
