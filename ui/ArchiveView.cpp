#include "ArchiveView.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Plenary {

namespace {
constexpr int kNameRole = Qt::UserRole + 1;
}

ArchiveView::ArchiveView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("archiveView"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("archiveMembers"));
    m_tree->setAccessibleName(tr("Files in the archive"));
    m_tree->setHeaderLabels({tr("File"), tr("Size"), tr("Note")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, kNameRole).isValid()) // not the refused ones
            emit memberActivated(item->data(0, kNameRole).toString());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
}

void ArchiveView::setMembers(const QString &archiveName, const QList<ZipArchive::Member> &members) {
    m_tree->clear();
    const QLocale locale;
    int files = 0;
    for (const ZipArchive::Member &m : members) {
        if (m.directory)
            continue;
        ++files;
        // Item texts are plain text; a name from an archive stays text.
        auto *item = new QTreeWidgetItem(
            m_tree, {m.name, locale.formattedDataSize(qMax<qint64>(0, m.size)),
                     m.problem.isEmpty() ? QString() : tr("Not opened: %1").arg(m.problem)});
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (m.canOpen())
            item->setData(0, kNameRole, m.name);
        else
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        item->setToolTip(0, m.name);
    }
    m_summary->setText(tr("%1 holds %n file(s). Open one with Enter or a double click; nothing "
                          "in it is run.",
                          nullptr, files)
                           .arg(archiveName));
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

} // namespace Plenary
