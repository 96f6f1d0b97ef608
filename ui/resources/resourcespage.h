// SPDX-FileCopyrightText: 2026 The Cultivate authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"
#include "ui/common/planpage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace cultivate {

class ResourceFilterModel;
class ResourceTableModel;

// The shared repertoire: documents, links, templates, tools, recordings and slides as a sortable
// table with a search field and filters for tag and kind; add, edit, remove and open a resource's
// link or location. Every change is an undo command.
class ResourcesPage final : public PlanPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourcesPage)

public:
    explicit ResourcesPage(QWidget *parent = nullptr);

    ResourceTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void selectResource(Id id);
    std::optional<Resource> selectedResource() const;
    // The URL that "Open" hands to the desktop for a location: a web address, or a local file.
    static QUrl urlFor(const QString &location);

    void addResource();
    void editSelected();
    void removeSelected();
    void openSelected();

protected:
    void refresh() override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyFilters();
    void updateTags();
    void updateSummary();
    void updateButtons();
    QDate today() const;

    Plan *m_modelPlan = nullptr;
    ResourceTableModel *m_model = nullptr;
    ResourceFilterModel *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_empty = nullptr;
    QWidget *m_noMatch = nullptr;
    QLabel *m_noMatchText = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_tagFilter = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_addFirst = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace cultivate
