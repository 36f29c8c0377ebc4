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

bool DocumentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_agendaItems.isEmpty() &&
        !m_agendaItems.contains(idx.data(DocumentTableModel::AgendaItemRole).toString()))
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
