#include "DocumentFilterModel.h"

#include "DocumentTableModel.h"

namespace Plenary {

DocumentFilterModel::DocumentFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(DocumentTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void DocumentFilterModel::setAgendaItems(const QStringList &ids) {
    const QSet<QString> set(ids.cbegin(), ids.cend());
    if (set == m_agendaItems)
        return;
    m_agendaItems = set;
    invalidateFilter();
}

void DocumentFilterModel::setFilterText(const QString &text) {
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void DocumentFilterModel::setLibraryFilter(const LibraryFilter &filter) {
    if (filter == m_library)
        return;
    m_library = filter;
    invalidateFilter();
}

bool DocumentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    using M = DocumentTableModel;
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_agendaItems.isEmpty() && !m_agendaItems.contains(idx.data(M::AgendaItemRole).toString()))
        return false;
    const LibraryFilter &f = m_library;
    if (!f.workingGroup.isEmpty() && idx.data(M::WorkingGroupRole).toString() != f.workingGroup)
        return false;
    if (f.type && idx.data(M::TypeRole).toInt() != int(*f.type))
        return false;
    if (f.outcome && idx.data(M::OutcomeRole).toInt() != *f.outcome)
        return false;
    if ((f.unreadOnly && idx.data(M::OpenedRole).toBool()) ||
        (f.lateOnly && !idx.data(M::LateRole).toBool()) ||
        (f.withNotesOnly && !idx.data(M::NotesRole).toBool()))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = idx.data(DocumentTableModel::SearchTextRole).toString();
    for (const QString &word : m_words)
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace Plenary
