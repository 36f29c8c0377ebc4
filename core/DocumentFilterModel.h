#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace Plenary {

/// Filters a DocumentTableModel by agenda items and by a quick-filter text
/// (every word must appear in the number, title or source, case-insensitive),
/// and sorts by DocumentTableModel::SortRole.
class DocumentFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit DocumentFilterModel(QObject *parent = nullptr);

    /// Only documents under these agenda items; empty: all documents.
    void setAgendaItems(const QStringList &ids);
    void setFilterText(const QString &text);
    QString filterText() const { return m_words.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<QString> m_agendaItems;
    QStringList m_words;
};

} // namespace Plenary
