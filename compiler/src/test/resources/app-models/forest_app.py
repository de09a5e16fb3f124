"""forest: a tree under a required parent, optional self parents, two relations between Node and Edge."""

from decimal import Decimal

from sqlmodel import Session, select


def run(m) -> None:
    engine = m.get_engine()
    with Session(engine) as s:
        forest = m.Forest(title="app forest")
        tree = m.Tree(forest=forest, name="oak")
        root = m.Node(tree=tree, forest=forest, label="root", kind=m.Kind.class_, grade=m.Grade.f0_)
        child = m.Node(tree=tree, parent=root, label="child", kind=m.Kind.None_, grade=m.Grade.f10_)
        m.Node(tree=tree, parent=child, label="grand", kind=m.Kind.f1st_)
        m.Edge(from_=root, to=child, weight=Decimal("2.5"), kind=m.Kind.True_)
        m.Edge(from_=child, to=root)
        s.add(forest)
        s.commit()
        ids = (root.id, child.id, tree.id)
    with Session(engine) as s:
        root, child = s.get(m.Node, ids[0]), s.get(m.Node, ids[1])
        assert root.parent is None and [c.label for c in root.children] == ["child"]
        assert child.parent is root and [g.label for g in child.children] == ["grand"]
        assert child.children[0].kind is m.Kind.f1st_ and child.grade is m.Grade.f10_ and root.kind is m.Kind.class_
        assert [e.to.label for e in root.from_] == ["child"] and [e.from_.label for e in root.to] == ["child"]
        assert root.from_[0].weight == Decimal("2.5") and root.to[0].weight == Decimal("1.5")
        assert root.tree.forest.title == "app forest" and root.forest.roots == [root] and child.forest is None
        assert sorted(n.label for n in root.tree.nodes) == ["child", "grand", "root"]
        assert [e.kind for e in s.exec(select(m.Edge).where(m.Edge.kind == m.Kind.True_))] == [m.Kind.True_]
        assert m.NodePublic.model_validate(child).kind is m.Kind.None_
        assert m.EdgeCreate.model_validate({"from_id": 1, "to_id": 2, "kind": "1st"}).kind is m.Kind.f1st_
        # Deleting the forest cascades through its trees to their nodes and edges, in the database.
        s.delete(root.tree.forest)
        s.commit()
        assert s.exec(select(m.Node).where(m.Node.tree_id == ids[2])).all() == []
