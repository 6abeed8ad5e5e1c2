import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Chain, newActor, id32 } from '../chain.js';

async function setUp() {
  const chain = await Chain.create();
  const admin = newActor('admin');
  await chain.deploy(admin);
  const uni = newActor('uni');
  const r = await chain.send(admin, 'registerIssuer', [uni.pubKey, id32('profile')]);
  assert.ok(r.ok, r.reason);
  return { chain, admin, uni };
}

test('deployer is the first admin and the admin count is 1', async () => {
  const { chain, admin } = await setUp();
  assert.equal((await chain.read('isAdmin', [admin.address]))[0], true);
  assert.equal((await chain.read('adminCount', []))[0], 1n);
});

test('issuer id is the address derived from its public key, by the contract itself', async () => {
  const { chain, uni } = await setUp();
  assert.equal((await chain.read('issuerOfKey', [uni.address]))[0].toLowerCase(), uni.address);
  const [pubKey, status, activatedBlock] = await chain.read('getIssuerKey', [uni.address, 0]);
  assert.equal(pubKey, uni.pubKey);
  assert.equal(Number(status), 1);
  assert.ok(activatedBlock > 0n);
});

test('registerIssuer rejects a public key that is not 64 bytes', async () => {
  const { chain, admin } = await setUp();
  const r = await chain.send(admin, 'registerIssuer', ['0x' + '11'.repeat(65), id32('x')]);
  assert.equal(r.reason, 'BAD_PUBLIC_KEY');
  const r2 = await chain.send(admin, 'rotateIssuerKey', [newActor('x').address, '0x1234']);
  assert.equal(r2.reason, 'BAD_PUBLIC_KEY');
});

test('addAdmin rejects the zero address', async () => {
  const { chain, admin } = await setUp();
  const r = await chain.send(admin, 'addAdmin', ['0x0000000000000000000000000000000000000000']);
  assert.equal(r.reason, 'ZERO_ADDRESS');
});

test('every change emits its event with the right fields', async () => {
  const { chain, admin, uni } = await setUp();
  const root = id32('batch-1');
  const anchored = await chain.send(uni, 'anchorBatch', [root, 5000]);
  assert.equal(anchored.logs.length, 1);
  assert.equal(anchored.logs[0].name, 'BatchAnchored');
  assert.equal(anchored.logs[0].args.root, root);
  assert.equal(anchored.logs[0].args.issuer.toLowerCase(), uni.address);
  assert.equal(anchored.logs[0].args.count, 5000n);

  const revoked = await chain.send(uni, 'revokeCredential', [id32('c1'), 3]);
  assert.equal(revoked.logs[0].name, 'CredentialRevoked');
  assert.equal(revoked.logs[0].args.reason, 3n);

  const suspended = await chain.send(uni, 'suspendCredential', [id32('c2'), 10]);
  assert.equal(suspended.logs[0].name, 'CredentialSuspended');
  const reinstated = await chain.send(uni, 'reinstateCredential', [id32('c2')]);
  assert.equal(reinstated.logs[0].name, 'CredentialReinstated');

  const key2 = newActor('key2');
  const rotated = await chain.send(admin, 'rotateIssuerKey', [uni.address, key2.pubKey]);
  assert.equal(rotated.logs[0].name, 'IssuerKeyRotated');
  assert.equal(rotated.logs[0].args.oldKey.toLowerCase(), uni.address);
  assert.equal(rotated.logs[0].args.newKey.toLowerCase(), key2.address);

  const compromised = await chain.send(admin, 'reportKeyCompromise', [uni.address, key2.address, chain.timestamp]);
  assert.equal(compromised.logs[0].name, 'IssuerKeyCompromised');

  const susp = await chain.send(admin, 'suspendIssuer', [uni.address, 7]);
  assert.equal(susp.logs[0].name, 'IssuerSuspended');
  assert.equal(susp.logs[0].args.reason, 7n);
  const rein = await chain.send(admin, 'reinstateIssuer', [uni.address]);
  assert.equal(rein.logs[0].name, 'IssuerReinstated');

  const other = newActor('admin2');
  const added = await chain.send(admin, 'addAdmin', [other.address]);
  assert.equal(added.logs[0].name, 'AdminAdded');
  const removed = await chain.send(other, 'removeAdmin', [admin.address]);
  assert.equal(removed.logs[0].name, 'AdminRemoved');
});

test('anchor and status reads return block and time of the change', async () => {
  const { chain, uni } = await setUp();
  const root = id32('batch-2');
  const r = await chain.send(uni, 'anchorBatch', [root, 12]);
  const [issuer, submittedBy, count, blockNumber, time] = await chain.read('getAnchor', [root]);
  assert.equal(issuer.toLowerCase(), uni.address);
  assert.equal(submittedBy.toLowerCase(), uni.address);
  assert.equal(count, 12n);
  assert.equal(blockNumber, r.block);
  assert.equal(time, r.time);
});

test('gas per anchorBatch is measured and recorded', async () => {
  const { chain, uni } = await setUp();
  const samples = [];
  for (let i = 0; i < 20; i++) {
    const r = await chain.send(uni, 'anchorBatch', [id32('gas-' + i), 10000]);
    assert.ok(r.ok);
    // execution gas + the 21,000 base cost + calldata (16 gas per non-zero byte, 4 per zero byte)
    samples.push(Number(r.gas) + 21000 + r.calldataBytes * 16);
  }
  const max = Math.max(...samples);
  console.log(`gas per anchorBatch: at most ${max} per transaction (21000 base + calldata + execution), one transaction per batch of any size`);
  assert.ok(max < 200_000, 'an anchor should stay well under 200k gas, got ' + max);
  const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../target-evm');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'gas.json'), JSON.stringify({ anchorBatchMaxGas: max, samples }, null, 2));
});
