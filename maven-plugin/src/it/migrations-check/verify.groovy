// Runs after the three builds of this project (one build.log).
def log = new File(basedir, 'build.log').text
def builds = log.split(/Scanning for projects\.\.\./).findAll { it.contains('schemac') }
assert builds.size() == 3 : "three builds, got ${builds.size()}"

// 1: the model is what the checked-in history leads to.
assert builds[0].contains('schemac: the model is what migration 20250101000000_init leads to (1 migration under ') : builds[0]
assert builds[0].contains('BUILD SUCCESS')

// 2: the entity was renamed and a field added, with no migration: the build fails at the model's line,
// and says what the missing migration would do.
def changed = new File(basedir, 'src/changed/schema/lending.schema').canonicalPath
assert builds[1].contains("[ERROR] ${changed}:2:1: error[SC550]: the model has changes no migration covers "
        + '(5 changes after migration `20250101000000_init`)') : builds[1]
assert builds[1].contains('Renames table `members` to `readers`.')
assert builds[1].contains('Adds column `readers.phone`.')
assert builds[1].contains('BUILD FAILURE')

// 3: a snapshot edited by hand.
def snapshot = new File(basedir, 'edited/migrations/snapshots/20250101000000_init.json').canonicalPath
assert builds[2].contains("${snapshot}:1:1: error[SC551]: the migration history was changed by hand") : builds[2]
assert !builds[2].contains('Changes column') : 'no diff is shown against a snapshot edited by hand'
assert builds[2].contains('BUILD FAILURE')

// The goal writes nothing: the history is as checked in, and no output folder appeared.
assert new File(basedir, 'db').list().toList() == ['migrations']
assert new File(basedir, 'db/migrations/snapshots').list().toList() == ['20250101000000_init.json']
assert !new File(basedir, 'target/generated-resources').exists()
return true
