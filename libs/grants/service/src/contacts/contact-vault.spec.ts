import { MasterKey } from '@kongthun/kernel';
import { ContactStore, InMemoryContactStore } from './contact-store';
import { ContactVault } from './contact-vault';

const secret = 'grants-contact-master-key-for-tests-only';
const somjai = { name: 'นางสาวสมใจ ใจดี', phone: '081-234-5678' };

describe('contact persons, encrypted', () => {
  it('keeps a contact only as ciphertext under its own wrapped key, and reads it back for its organisation', async () => {
    const store = new InMemoryContactStore();
    const vault = new ContactVault(store, MasterKey.fromSecret(secret));
    const ref = ContactVault.newRef();
    await vault.keep(ref, 'org-nong-khae', somjai);
    const stored = JSON.stringify(await store.get(ref));
    expect(stored).not.toContain('สมใจ');
    expect(stored).not.toContain('081');
    expect(await vault.read(ref, 'org-nong-khae')).toEqual(somjai);
  });

  it("a ref of another organisation's contact reads as unknown", async () => {
    const vault = new ContactVault(new InMemoryContactStore(), MasterKey.fromSecret(secret));
    const ref = ContactVault.newRef();
    await vault.keep(ref, 'org-nong-khae', somjai);
    expect(await vault.read(ref, 'org-kaeng-khoi')).toBeUndefined();
    expect(await vault.read('contact-never-kept', 'org-nong-khae')).toBeUndefined();
  });

  it('a ciphertext moved onto another record, or another master key, fails rather than decrypting', async () => {
    const store = new InMemoryContactStore();
    const vault = new ContactVault(store, MasterKey.fromSecret(secret));
    const [a, b] = [ContactVault.newRef(), ContactVault.newRef()];
    await vault.keep(a, 'org-1', somjai);
    await vault.keep(b, 'org-1', { name: 'นายสมชาย', phone: null });
    const moved: ContactStore = new InMemoryContactStore();
    await moved.put({ ...(await store.get(b))!, sealed: (await store.get(a))!.sealed }, new Date());
    await expect(new ContactVault(moved, MasterKey.fromSecret(secret)).read(b, 'org-1')).rejects.toThrow();
    await expect(new ContactVault(store, MasterKey.fromSecret(`${secret}-rotated`)).read(a, 'org-1')).rejects.toThrow(/master key/);
  });

  it('a discarded contact is gone', async () => {
    const vault = new ContactVault(new InMemoryContactStore(), MasterKey.fromSecret(secret));
    const ref = ContactVault.newRef();
    await vault.keep(ref, 'org-1', somjai);
    await vault.discard(ref);
    expect(await vault.read(ref, 'org-1')).toBeUndefined();
  });
});
