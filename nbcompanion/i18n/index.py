"""Labels of the chapter's contents and of the index of §1.9 (``chapter_index``)."""

TEXT = {
    "index.contents_header": ("| § | notebook | what you can do there |",
                              "| § | блокнот | что в нём можно сделать |"),
    "index.sections_header": ("| § | section of the book | notebook |",
                              "| § | раздел книги | блокнот |"),
    "index.equations_header": ("| eq. | what it says | where it is computed |",
                               "| формула | что она выражает | где она вычисляется |"),
    "index.figures_header": ("| Fig. | what it shows | where it is computed |",
                             "| рис. | что на нём | где он вычисляется |"),
    "index.exercises_header": ("| exercise | task | notebook |",
                               "| упражнение | задача | блокнот |"),
    "index.to_come": ("*still to come:* {name}", "*пока не написан:* {name}"),
    "index.nothing_to_compute": ("nothing to compute (a photograph)",
                                 "вычислять нечего (фотография)"),
}
